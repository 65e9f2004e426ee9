import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Office's theme colours, where the host gives them (some hosts leave them undefined). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

const HEX = /^#?[0-9a-f]{6}$/i;

/** "#rrggbb" for a six-digit colour with or without its "#"; undefined for anything else. */
function colour(value: string | undefined): string | undefined {
  return value && HEX.test(value) ? `#${value.replace("#", "").toLowerCase()}` : undefined;
}

function isDark(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < 0.5;
}

/** The page's own colours: Office's body background and foreground where given, else Fluent's light ones. */
export function pageColoursFor(colours: OfficeThemeColours | undefined): { background: string; foreground: string; dark: boolean } {
  const background = colour(colours?.bodyBackgroundColor);
  if (!background) return { background: webLightTheme.colorNeutralBackground1, foreground: webLightTheme.colorNeutralForeground1, dark: false };
  const dark = isDark(background);
  const fallback = dark ? webDarkTheme.colorNeutralForeground1 : webLightTheme.colorNeutralForeground1;
  const foreground = colour(colours?.bodyForegroundColor);
  // A foreground on the same side as the background (a host's half-set theme) would be unreadable: Fluent's own then.
  return { background, foreground: foreground && isDark(foreground) !== dark ? foreground : fallback, dark };
}

/**
 * Fluent's dark theme where Office's body background is dark, else light; its main background
 * and text are Office's own colours, so that the pane matches the task pane frame around it.
 */
export function themeFor(colours: OfficeThemeColours | undefined): Theme {
  const page = pageColoursFor(colours);
  const base = page.dark ? webDarkTheme : webLightTheme;
  if (!colour(colours?.bodyBackgroundColor)) return base;
  return { ...base, colorNeutralBackground1: page.background, colorNeutralForeground1: page.foreground };
}

/** `html` and `body` in the page's colours, at the viewport's full height: no white band below the pane in a dark theme. */
export function paintPage(colours: OfficeThemeColours | undefined): void {
  const page = pageColoursFor(colours);
  for (const element of [document.documentElement, document.body]) {
    element.style.backgroundColor = page.background;
    element.style.color = page.foreground;
  }
  document.documentElement.style.colorScheme = page.dark ? "dark" : "light";
}
