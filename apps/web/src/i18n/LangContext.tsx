import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Lang } from "@lotrinh/core";
import { text, type StringKey } from "./strings";

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

const LangContext = createContext<{ lang: Lang; t: Translate }>({ lang: "vi", t: (k, p) => text("vi", k, p) });

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: ((k, p) => text(lang, k, p)) as Translate }), [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): { lang: Lang; t: Translate } {
  return useContext(LangContext);
}
