/**
 * The pages' one stylesheet, inline (the CSP allows inline styles only). Logical properties
 * (margin-inline, padding-inline, text-align: start, border-inline-start) so that the Arabic pages,
 * with dir="rtl", mirror without a second stylesheet.
 */
export const LAYOUT_CSS = `
*,*::before,*::after{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;max-inline-size:62rem;margin-inline:auto;padding:1rem;color:#1b1b1b;background:#fff}
a{color:#0b4fa3} a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #b35900;outline-offset:2px}
.skip{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)} .skip:focus{position:static;inline-size:auto;block-size:auto;clip-path:none}
header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 1.5rem;border-block-end:1px solid #ccc;padding-block-end:.5rem}
header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem} .langs a[aria-current]{font-weight:700;color:#1b1b1b}
h1{font-size:1.6rem;line-height:1.25} h2{font-size:1.25rem}
table{border-collapse:collapse;inline-size:100%}
th,td{text-align:start;padding:.35rem .5rem;border-block-end:1px solid #ddd;vertical-align:top}
.scroll{overflow-x:auto}
@media (max-width:40rem){
  table.stack thead{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)}
  table.stack tr{display:block;border-block-end:1px solid #bbb;padding-block:.4rem}
  table.stack td,table.stack tbody th{display:block;border:0;padding:.1rem 0}
  table.stack td::before{content:attr(data-label) ": ";font-weight:600}
}
label,legend{display:block;margin-block:.8rem .2rem;font-weight:600}
fieldset{border:1px solid #ccc;margin-block:.8rem;padding:.2rem .8rem .6rem}
label.check{font-weight:400;margin-block:.25rem;display:flex;gap:.5rem;align-items:flex-start}
input,select,textarea{font:inherit;inline-size:100%;max-inline-size:36rem;padding:.3rem;border:1px solid #666;border-radius:3px}
input[type=checkbox]{inline-size:auto;margin-block-start:.3rem;flex:none}
.hint{color:#444;margin:0 0 .2rem;font-size:.95rem}
.field-error{color:#a00000;font-weight:600;margin:.1rem 0}
[aria-invalid=true]{border:2px solid #a00000}
.errors{background:#fde8e8;border:1px solid #a00000;border-inline-start-width:6px;padding:.5rem 1rem;margin-block:1rem}
.ok{background:#e8f6ea;border:1px solid #2a7a3b;border-inline-start-width:6px;padding:.5rem 1rem}
code{background:#f3f3f3;padding:0 .2rem} .token{display:block;overflow-wrap:anywhere;word-break:break-all;font-size:1.05rem;padding:.4rem}
button{display:block;font:inherit;padding:.45rem 1.1rem;margin-block-start:1rem;background:#0b4fa3;color:#fff;border:0;border-radius:3px}
.inline-form{display:inline} .inline-form button{display:inline;margin:0;background:none;color:#0b4fa3;text-decoration:underline;padding:0}
details{margin-block:.6rem} summary{cursor:pointer;color:#0b4fa3}
.chart svg{max-inline-size:100%;block-size:auto}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}
`;
