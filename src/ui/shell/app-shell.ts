import type { AppActions } from "./app-actions.ts";
import type { AppState, Tab } from "./app-state.ts";
import { mountAnnualResultsView } from "../annual/annual-results-view.ts";
import { mountClaimsReplay } from "../replay/claims-replay.ts";
import { mountCompareView } from "../compare/compare-view.ts";
import { h, replaceChildren } from "../common/dom.ts";
import { mountFeeSolverView } from "../solve/fee-solver-view.ts";
import { lockDuringJob } from "../run/lock-during-job.ts";
import { LANGUAGE_TAG } from "../common/format.ts";
import { translate, translator, type UiKey } from "./i18n.ts";
import { mountReserveView } from "../reserve/reserve-view.ts";
import { withPublishedComparison } from "../results/published-comparison-view.ts";
import { mountResultsView } from "../results/results-view.ts";
import { mountRunPanel } from "../run/run-panel.ts";
import { mountScenarioForm } from "../scenario/scenario-form.ts";
import { mountScenarioPicker } from "../scenario/scenario-picker.ts";
import type { Store } from "./store.ts";

type Mount = (container: HTMLElement, store: Store<AppState>, actions: AppActions) => () => void;

const TABS: readonly { tab: Tab; label: UiKey; mount: Mount }[] = [
  { tab: "results", label: "tab.results", mount: withPublishedComparison(mountResultsView) },
  { tab: "compare", label: "tab.compare", mount: mountCompareView },
  { tab: "solve", label: "tab.solve", mount: mountFeeSolverView },
  { tab: "replay", label: "tab.replay", mount: mountClaimsReplay },
  { tab: "annual", label: "tab.annual", mount: mountAnnualResultsView },
  { tab: "reserve", label: "tab.reserve", mount: mountReserveView },
];

/** Header with the title, Copy link and the language switch. */
function header(state: AppState, actions: AppActions): HTMLElement {
  const t = translator(state.locale);
  const status = h("span", { class: "link-status", role: "status" });
  const copy = h(
    "button",
    {
      type: "button",
      "data-action": "copy-link",
      on: {
        click: () => {
          const url = `${location.origin}${location.pathname}${actions.shareHash()}`;
          navigator.clipboard
            .writeText(url)
            .then(() => (status.textContent = t("app.linkCopied")))
            .catch(() => (status.textContent = t("app.linkCopyFailed")));
        },
      },
    },
    t("app.copyLink"),
  );
  const language = h(
    "button",
    {
      type: "button",
      "data-action": "switch-language",
      lang: state.locale === "zh" ? "en" : "zh-CN",
      "aria-label": t("app.languageLabel"),
      on: { click: () => actions.setLocale(state.locale === "zh" ? "en" : "zh") },
    },
    t("app.languageButton"),
  );
  return h(
    "header",
    { class: "topbar" },
    h("div", {}, h("h1", {}, t("app.title")), h("p", { class: "tagline" }, t("app.tagline"))),
    h("div", { class: "topbar-actions" }, status, copy, language),
  );
}

/** The tab list and its panels (all mounted, the chosen one shown), with arrow-key movement. */
function tabs(
  state: AppState,
  store: Store<AppState>,
  actions: AppActions,
  releases: (() => void)[],
): HTMLElement[] {
  const buttons: HTMLButtonElement[] = [];
  const panels = TABS.map(({ tab, mount }) => {
    const panel = h("section", {
      id: `panel-${tab}`,
      role: "tabpanel",
      "aria-labelledby": `tab-${tab}`,
      class: "panel",
      hidden: tab !== state.tab,
    });
    releases.push(mount(panel, store, actions));
    return panel;
  });
  TABS.forEach(({ tab, label }, index) => {
    const button = h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab}`,
        "aria-controls": `panel-${tab}`,
        "aria-selected": String(tab === state.tab),
        "data-tab": tab,
        on: {
          click: () => actions.setTab(tab),
          keydown: (event) => {
            const key = (event as KeyboardEvent).key;
            if (key !== "ArrowRight" && key !== "ArrowLeft") return;
            const next = (index + (key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length;
            actions.setTab(TABS[next]!.tab);
            buttons[next]?.focus();
          },
        },
      },
      translate(state.locale, label),
    );
    buttons.push(button);
  });
  releases.push(
    store.subscribe((next, changed) => {
      if (!changed.has("tab")) return;
      TABS.forEach(({ tab }, index) => {
        buttons[index]!.setAttribute("aria-selected", String(tab === next.tab));
        panels[index]!.hidden = tab !== next.tab;
      });
    }),
  );
  return [
    h(
      "nav",
      { class: "tabs", role: "tablist", "aria-label": translate(state.locale, "app.tabsLabel") },
      buttons,
    ),
    ...panels,
  ];
}

/**
 * Draws the whole workbench into `root`: header, the scenario (picker and form) on the left, the run bar
 * and the tabs on the right. The workbench is drawn again in the new language when the language changes
 * (the state, results included, is kept).
 */
export function mountApp(root: HTMLElement, store: Store<AppState>, actions: AppActions): () => void {
  let releases: (() => void)[] = [];
  const draw = () => {
    for (const release of releases) release();
    releases = [];
    const state = store.get();
    document.documentElement.lang = LANGUAGE_TAG[state.locale];
    document.title = translate(state.locale, "app.title");
    const picker = h("div", { class: "picker" });
    const form = h("form", {
      class: "scenario-form",
      novalidate: true,
      on: { submit: (event) => event.preventDefault() },
    });
    const run = h("div", { class: "run", "data-lock": true });
    releases.push(
      mountScenarioPicker(picker, store, actions),
      mountScenarioForm(form, store, actions),
      mountRunPanel(run, store, actions),
    );
    replaceChildren(
      root,
      header(state, actions),
      h(
        "div",
        { class: "layout" },
        h(
          "aside",
          {
            class: "sidebar",
            "aria-label": translate(state.locale, "scenario.heading"),
            "data-lock": true,
          },
          h("h2", {}, translate(state.locale, "scenario.heading")),
          picker,
          form,
        ),
        h("main", { class: "workspace" }, run, tabs(state, store, actions, releases)),
      ),
    );
  };
  draw();
  let locked = false;
  const unsubscribe = store.subscribe((state, changed) => {
    if (locked || state.job !== null) {
      locked = state.job !== null;
      lockDuringJob(root, locked);
    }
    if (!changed.has("locale")) return;
    draw();
    root.querySelector<HTMLElement>('[data-action="switch-language"]')?.focus();
  });
  return () => {
    unsubscribe();
    for (const release of releases) release();
  };
}
