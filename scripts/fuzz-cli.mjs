// The command-line run of the hostile test (scripts/fuzz.mjs):
//   node scripts/fuzz-cli.mjs [baseUrl] [requests] [seed]
//   node scripts/fuzz-cli.mjs --serve [requests] [seed]     (npm run fuzz: starts the built server itself)
import { fuzz } from "./fuzz.mjs";
import { startServer } from "./start-server.mjs";

{
  const serve = process.argv[2] === "--serve";
  const args = serve ? process.argv.slice(3) : process.argv.slice(2);
  const server = serve ? await startServer({ port: 3197 }) : null;
  const base = server?.base ?? args[0] ?? "http://127.0.0.1:3000";
  const count = Number((serve ? args[0] : args[1]) ?? 20_000);
  const seed = Number((serve ? args[1] : args[2]) ?? Date.now() % 1_000_000);
  const started = Date.now();
  const { failures, stats } = await fuzz(base, count, seed);
  server?.stop();
  console.log(
    `${stats.sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}); by status: ${JSON.stringify(stats.byStatus)}; slowest ${stats.slowest} ms`,
  );
  if (failures.length > 0) {
    console.error(`${failures.length} failure(s):\n${failures.slice(0, 30).join("\n")}`);
    process.exit(1);
  }
  console.log("No 5xx, no answer over 5 s, no stack trace or file path, every API error problem+json.");
}
