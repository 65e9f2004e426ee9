import { activeAfter, nextCluster } from "../../src/taskpane/clusters/clusterFocus";

/** The cluster list's roving focus: where keys move it, and where it stays when the clusters change. */
test.each([
  ["ArrowDown moves to the next", 5, 1, "ArrowDown", 2],
  ["ArrowUp moves to the previous", 5, 1, "ArrowUp", 0],
  ["Home goes to the first", 5, 3, "Home", 0],
  ["End goes to the last", 5, 1, "End", 4],
  ["ArrowDown on the last stays (nowhere to go)", 5, 4, "ArrowDown", null],
  ["ArrowUp on the first stays", 5, 0, "ArrowUp", null],
  ["Home on the first stays", 5, 0, "Home", null],
  ["another key is not the list's", 5, 1, "Enter", null],
  ["an empty list has nowhere to go", 0, 0, "End", null],
])("%s", (_, count, from, key, expected) => {
  expect(nextCluster(count, from, key)).toBe(expected);
});

test.each([
  ["the focused cluster still there keeps it, wherever it moved", ["a", "b", "c"], "c", 0, 2],
  ["the focused cluster gone: the one now in its place", ["a", "c"], "b", 1, 1],
  ["the last one gone: the new last", ["a", "b"], "c", 2, 1],
  ["nothing focused yet: the first", ["a", "b"], null, 0, 0],
  ["no clusters left: none", [], "a", 0, -1],
])("%s", (_, keys, active, last, expected) => {
  expect(activeAfter(keys, active, last)).toBe(expected);
});
