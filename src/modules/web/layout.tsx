import type { Child } from "hono/jsx";

/** Plain HTML with a little CSS: works without JavaScript, readable on a phone and by screen readers. */
export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · LMM Health Registry`}</title>
        <style>{`
          body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
          header nav a{margin-right:1rem} table{border-collapse:collapse;width:100%}
          th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
          label{display:block;margin:.6rem 0 .2rem;font-weight:600} input,select,textarea{font:inherit;width:100%;max-width:36rem}
          input[type=checkbox]{width:auto} .errors{background:#fde8e8;border:1px solid #c00;padding:.5rem 1rem}
          .ok{background:#e8f6ea;border:1px solid #2a7a3b;padding:.5rem 1rem} code{background:#f3f3f3;padding:0 .2rem}
          button{display:block;font:inherit;padding:.4rem 1rem;margin-top:1rem}
        `}</style>
      </head>
      <body>
        <header>
          <nav aria-label="Main">
            <a href="/">Registry</a>
            <a href="/report">Report a harm</a>
            <a href="/receipt">Follow a report</a>
            <a href="/docs">API</a>
          </nav>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function ErrorList(props: { errors: { path: string; message: string }[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="errors" role="alert">
      <p>Please correct the following:</p>
      <ul>
        {props.errors.map((e) => (
          <li>
            <strong>{e.path}</strong> {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A form post refused because it did not come from this site's own page (CSRF protection). */
export function FormRefused(props: { reason: string; retry: string }) {
  return (
    <Layout title="Form not accepted">
      <h1>This form was not accepted</h1>
      <ErrorList errors={[{ path: "form", message: `${props.reason}. Nothing was stored.` }]} />
      <p>
        For your safety, reports can only be sent from this site's own form.{" "}
        <a href={props.retry}>Open the form</a> and send it again.
      </p>
    </Layout>
  );
}
