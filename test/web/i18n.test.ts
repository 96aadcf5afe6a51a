import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import catalog from "../../src/modules/catalog/catalog.json";
import { EVENT_TYPES, OUTCOMES, REPORTER_ROLES, SETTINGS, SEVERITIES } from "../../src/modules/incidents";
import { CATALOGS, fromAcceptLanguage, LOCALES, negotiateLocale } from "../../src/modules/web";
import { createTestApp } from "../helpers/harness";

const en = CATALOGS.en;
const keys = Object.keys(en).sort();

describe("message catalogs", () => {
  it("every catalog has every key of the English one, and no other", () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGS[locale]).sort(), locale).toEqual(keys);
  });

  it("every message is valid ICU MessageFormat and formats with the English message's arguments", () => {
    // The arguments a message takes are those its English original uses: a translation may not drop one.
    // An argument is `{name}` or `{name, …}`; a plural branch (`one {…}`, `=0 {…}`) is not one.
    const args = (message: string) =>
      [...message.matchAll(/(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*(\w+)\s*[,}]/g)].map(
        (m) => m[1] as string,
      );
    for (const locale of LOCALES) {
      for (const key of keys) {
        const message = CATALOGS[locale][key as keyof typeof en];
        const values = Object.fromEntries(args(en[key as keyof typeof en]).map((a) => [a, 3]));
        const out = String(new IntlMessageFormat(message, locale).format(values));
        expect(out, `${locale} ${key}`).not.toMatch(/\{\w+\}/);
        for (const arg of args(message))
          expect(Object.keys(values), `${locale} ${key} uses {${arg}}`).toContain(arg);
        if (locale !== "en" && en[key as keyof typeof en].length > 12 && !/^[A-Z0-9 ()%.,-]+$/.test(out))
          expect(out, `${locale} ${key} is translated`).not.toBe(en[key as keyof typeof en]);
      }
    }
  });

  it("has a human label for every catalog risk, use area and stage, and every vocabulary value", () => {
    const wanted = [
      ...catalog.risks.map((r) => `risk.${r.code}`),
      ...catalog.use_areas.map((u) => `useArea.${u.code}`),
      ...catalog.lifecycle_stages.map((s) => `stage.${s.code}`),
      ...SETTINGS.map((s) => `setting.${s}`),
      ...EVENT_TYPES.map((e) => `eventType.${e}`),
      ...SEVERITIES.map((s) => `severity.${s}`),
      ...OUTCOMES.map((o) => `outcome.${o}`),
      ...REPORTER_ROLES.map((r) => `reporterRole.${r}`),
      ...["acknowledgement", "root_cause", "corrective_action", "dispute"].map((k) => `responseKind.${k}`),
      ...["received", "triaged", "under_investigation", "closed"].map((s) => `status.${s}`),
      ...["confirmed", "not_confirmed", "duplicate", "out_of_scope"].map((c) => `closure.${c}`),
    ];
    for (const key of wanted) expect(keys, key).toContain(key);
  });
});

describe("language negotiation", () => {
  it("follows Accept-Language by q, matches regional tags to their language, and skips q=0", () => {
    expect(fromAcceptLanguage("de-DE, fr-CA;q=0.8, ar;q=0.9")).toBe("ar");
    expect(fromAcceptLanguage("zh-Hant-TW")).toBe("zh");
    expect(fromAcceptLanguage("ru;q=0, es;q=0.1")).toBe("es");
    expect(fromAcceptLanguage("de, it")).toBeUndefined();
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
  });

  it("lets ?lang= win over the cookie, and the cookie over the header", () => {
    expect(negotiateLocale({ query: "ru", cookie: "fr", acceptLanguage: "ar" })).toEqual({
      locale: "ru",
      remember: true,
    });
    expect(negotiateLocale({ query: "xx", cookie: "fr", acceptLanguage: "ar" })).toEqual({
      locale: "fr",
      remember: false,
    });
    expect(negotiateLocale({ query: undefined, cookie: undefined, acceptLanguage: "de" }).locale).toBe("en");
  });

  it("serves each page in the browser's language, Arabic right to left, and remembers a switch", async () => {
    const t = await createTestApp();
    for (const [header, lang, dir, text] of [
      ["ar", "ar", "rtl", "الإبلاغ عن ضرر"],
      ["zh-CN,zh;q=0.9", "zh", "ltr", "报告伤害"],
      ["fr", "fr", "ltr", "Signaler un préjudice"],
      ["es-419", "es", "ltr", "Notificar un daño"],
      ["ru", "ru", "ltr", "Сообщить о вреде"],
      ["de", "en", "ltr", "Report a harm"],
    ] as const) {
      for (const path of ["/", "/report", "/receipt", "/signin"]) {
        const res = await t.app.request(path, { headers: { "accept-language": header } });
        const html = await res.text();
        expect(html, `${path} ${header}`).toContain(`<html lang="${lang}" dir="${dir}">`);
        expect(html, `${path} ${header}`).toContain(text);
        expect(res.headers.get("content-language")).toBe(lang);
        expect(res.headers.get("vary")).toContain("Accept-Language");
      }
    }
    // The API's answers are not pages: no language negotiation there.
    const api = await t.app.request("/openapi.json", { headers: { "accept-language": "ar" } });
    expect(api.headers.get("content-language")).toBeNull();
    const switched = await t.app.request("/report?lang=ar", { headers: { "accept-language": "en" } });
    expect(await switched.text()).toContain('<html lang="ar" dir="rtl">');
    const cookie = switched.headers.getSetCookie().find((c) => c.startsWith("lang="));
    expect(cookie).toMatch(/^lang=ar; Max-Age=\d+; Path=\/; SameSite=Lax$/);
    // The switcher's links keep the page (and its query) and change only the language.
    const later = await t.app.request("/?q=triage", {
      headers: { "accept-language": "en", cookie: "lang=ar" },
    });
    const html = await later.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('href="/?q=triage&amp;lang=fr" lang="fr" hreflang="fr">Français</a>');
  });

  it("names countries in the page's language in the picker", async () => {
    const t = await createTestApp();
    const ar = await (await t.app.request("/report", { headers: { "accept-language": "ar" } })).text();
    expect(ar).toContain('<option value="KE">كينيا</option>');
    const zh = await (await t.app.request("/report", { headers: { "accept-language": "zh" } })).text();
    expect(zh).toContain('<option value="KE">肯尼亚</option>');
  });
});
