"use client";

// Tremor's package entry creates React contexts at import time, which server components cannot do.
// Re-exporting through this client module lets server components render Tremor's presentational parts.
export { Card, ProgressBar, Legend } from "@tremor/react";
