#include "exporthtmlstyle.h"

// The colours must stay those of qml/Theme.qml: tst_exporthtml compares every colour token of the
// Theme, in both looks, with the custom properties here (Theme's camelCase names in kebab-case).
QByteArray siteStyleSheet()
{
    return QByteArrayLiteral(R"css(/* civic-pack export-html: the kiosk's Theme (qml/Theme.qml) for the web. */
:root {
  color-scheme: light;
  --background: #f4f1ea;
  --surface: #ffffff;
  --surface-muted: #e9e4d8;
  --primary: #1d3a6e;
  --primary-raised: #294f93;
  --text-on-primary: #ffffff;
  --accent: #0d716e;
  --highlight: #f2b632;
  --text-on-highlight: #1b1c20;
  --text: #1b1c20;
  --text-muted: #45474f;
  --emergency: #a4161a;
  --text-on-emergency: #ffffff;
  --warning-text: #a4161a;
  --divider: #cfc8b8;
  --border-width: 2px;
}

/* The kiosk's high-contrast look: black, white and yellow, every text at least 7:1. */
@media (prefers-contrast: more) {
  :root {
    color-scheme: dark;
    --background: #000000;
    --surface: #000000;
    --surface-muted: #333333;
    --primary: #ffeb3b;
    --primary-raised: #ffffff;
    --text-on-primary: #000000;
    --accent: #7df9ff;
    --highlight: #ffeb3b;
    --text-on-highlight: #000000;
    --text: #ffffff;
    --text-muted: #ffffff;
    --emergency: #b00000;
    --text-on-emergency: #ffffff;
    --warning-text: #ffb3b3;
    --divider: #ffffff;
    --border-width: 4px;
  }
}

* { box-sizing: border-box; }
/* Large text, as on the kiosk: 20 px where the browser's default is 16 px. */
html { font-size: 125%; }
body {
  margin: 0;
  background: var(--background);
  color: var(--text);
  font-family: "Noto Sans", "DejaVu Sans", sans-serif;
  line-height: 1.5;
}
header > *, main, footer { max-width: 46rem; margin-inline: auto; padding-inline: 1rem; }
a { color: var(--primary); text-decoration-thickness: 0.1em; text-underline-offset: 0.15em; }
:focus-visible { outline: 0.25rem solid var(--highlight); outline-offset: 0.15rem; }

.skip-link {
  position: absolute; top: -20rem; inset-inline-start: 1rem; z-index: 1;
  padding: 0.75rem 1rem; background: var(--highlight); color: var(--text-on-highlight); font-weight: 700;
}
.skip-link:focus { top: 1rem; }

header { background: var(--primary); color: var(--text-on-primary); padding-block: 0.5rem; }
header a { color: var(--text-on-primary); }
.site-title { margin-block: 0.5rem; font-size: 1.25rem; font-weight: 700; line-height: 1.25; }
.site-title a { display: inline-flex; align-items: center; gap: 0.75rem; text-decoration: none; }
.emblem { width: 3rem; height: 3rem; background: var(--surface); border-radius: 0.5rem; }
header ul { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin: 0; padding: 0; list-style: none; }
/* Targets at least 44 px high, as WCAG asks; the kiosk's own are larger still. */
header nav a, header nav span { display: inline-block; min-height: 2.2rem; padding: 0.3rem 0.5rem; }
.languages [aria-current] { font-weight: 700; border-block-end: 0.2rem solid var(--highlight); }
.emergency { margin-block: 0.5rem; }
.emergency ul { padding: 0.5rem 1rem; background: var(--emergency); color: var(--text-on-emergency); border-radius: 0.5rem; }
.emergency a.phone { color: var(--text-on-emergency); font-size: 1.3rem; }

main { padding-block: 1rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; color: var(--primary); }
h1 { font-size: 2rem; }
h2 { font-size: 1.5rem; margin-block-start: 2rem; }
h3 { font-size: 1.2rem; }
.lead { font-size: 1.2rem; }
.picture { display: block; width: 100%; max-height: 20rem; object-fit: contain; }
video { display: block; width: 100%; }

.cards { display: grid; gap: 1rem; margin: 0; padding: 0; list-style: none; }
.cards li { padding: 1rem; background: var(--surface); border: var(--border-width) solid var(--divider); border-radius: 0.75rem; }
.cards img { display: block; height: 6rem; max-width: 100%; margin-block-end: 0.5rem; }
.cards h2, .cards h3 { margin: 0 0 0.25rem; }
.cards p { margin: 0; }
.links { columns: 2 12rem; padding-inline-start: 1.25rem; }
.links li { padding-block: 0.3rem; }

.key-points { padding: 0.25rem 1rem; background: var(--surface); border: 0.15rem solid var(--accent); border-radius: 0.75rem; }
.key-points h2 { margin-block-start: 0.5rem; }
.contacts, .contact-details { padding: 0; list-style: none; }
.contacts li { padding-block: 0.5rem; border-block-start: var(--border-width) solid var(--divider); }
.contacts p { margin: 0.2rem 0; }
.contacts .name { font-weight: 700; }
.contact-details li { padding-block: 0.25rem; }
a.phone { font-weight: 700; white-space: nowrap; }
.facts { color: var(--accent); font-weight: 600; }
.fallback-note { padding: 0.5rem 1rem; background: var(--surface-muted); color: var(--text-muted); font-style: italic; border-radius: 0.5rem; }
.warning { color: var(--warning-text); font-weight: 700; }
.sign-language a { font-weight: 700; }
.web a { overflow-wrap: anywhere; }
.languages-start { padding: 0; list-style: none; font-size: 1.5rem; }
.languages-start li { padding-block: 0.4rem; }

footer { padding-block: 1rem; color: var(--text-muted); border-block-start: var(--border-width) solid var(--divider); }
)css");
}
