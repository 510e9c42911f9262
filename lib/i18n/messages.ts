import type { Locale } from "@/lib/domain/codes";
import en from "./messages/en.json";
import ko from "./messages/ko.json";
import zh from "./messages/zh.json";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, ko, zh };
