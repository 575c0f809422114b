import test from "ava";
import { parseCliArguments } from "../../simulator/cli-arguments";

test("arguments are read in both --flag value and --flag=value forms", (t) => {
  t.deepEqual(
    parseCliArguments([
      "--port=8443",
      "--ca-file",
      "ca.pem",
      "--reachable-host",
      "a",
      "--reachable-host=b",
      "--latency-ms",
      "5",
    ]),
    {
      port: 8443,
      caFile: "ca.pem",
      stateFile: undefined,
      engineVersion: undefined,
      password: undefined,
      reachableHosts: ["a", "b"],
      latencyMs: 5,
    },
  );
});

test("missing or invalid arguments are explained", (t) => {
  t.throws(() => parseCliArguments(["--ca-file", "x"]), {
    message: "--port is required (0 picks a free port)",
  });
  t.throws(() => parseCliArguments(["--port", "1"]), { message: "--ca-file is required" });
  t.throws(() => parseCliArguments(["--port", "70000", "--ca-file", "x"]), {
    message: "--port must be an integer from 0 to 65535",
  });
  t.throws(() => parseCliArguments(["--port", "1", "--ca-file", "x", "--engine-version", "4.2"]), {
    message: "--engine-version must be 4.3, 4.4 or 4.5",
  });
  t.throws(() => parseCliArguments(["--port"]), { message: "--port needs a value" });
});
