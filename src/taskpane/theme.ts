import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Office's theme colours, where the host gives them (some hosts leave them undefined). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Fluent's dark theme where Office's body background is dark, else light. */
export function themeFor(colours: OfficeThemeColours | undefined): Theme {
  const background = colours?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return webLightTheme;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
