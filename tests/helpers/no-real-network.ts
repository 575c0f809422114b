import nock from "nock";

// Imported for its effect: no test reaches a real network. Loopback stays open for the tests
// that start their own server on 127.0.0.1.
nock.disableNetConnect();
nock.enableNetConnect("127.0.0.1");
