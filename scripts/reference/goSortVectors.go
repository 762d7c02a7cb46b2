// Writes the test vectors of src/engine/util/goSort.test.ts: how Go's sort.Sort orders lists with
// many equal keys (it is not stable, so only the same algorithm gives the same order), with
// kubectl's quirk for missing values (Less(i, j) is true whenever item i has none), and how
// sortorder.NaturalLess orders strings. Run with a Go toolchain (Debian: golang-go and
// golang-github-fvbommel-sortorder-dev):
//
//	GOPATH=/usr/share/gocode GO111MODULE=off go run scripts/reference/goSortVectors.go > src/engine/util/goSort.vectors.json
package main

import (
	"encoding/json"
	"os"
	"sort"

	"github.com/fvbommel/sortorder"
)

type item struct {
	key    int // -1: missing
	origin int
}

type items []item

func (s items) Len() int      { return len(s) }
func (s items) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s items) Less(i, j int) bool {
	// kubectl's RuntimeSort.Less: an item without the field sorts before anything.
	if s[i].key < 0 {
		return true
	}
	if s[j].key < 0 {
		return false
	}
	return s[i].key < s[j].key
}

type vector struct {
	Keys  []int `json:"keys"`
	Order []int `json:"order"`
}

type natural struct {
	Strings []string `json:"strings"`
	Sorted  []string `json:"sorted"`
}

var seed uint32 = 12345

func next(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 8) % uint32(n))
}

func main() {
	var vectors []vector
	add := func(keys []int) {
		s := make(items, len(keys))
		for i, k := range keys {
			s[i] = item{k, i}
		}
		sort.Sort(s)
		order := make([]int, len(s))
		for i, it := range s {
			order[i] = it.origin
		}
		vectors = append(vectors, vector{keys, order})
	}
	lengths := []int{2, 5, 12, 13, 20, 49, 50, 51, 64, 100, 257}
	for _, n := range lengths {
		for _, distinct := range []int{1, 2, 3, 10, n} {
			keys := make([]int, n)
			for i := range keys {
				keys[i] = next(distinct)
			}
			add(keys)
			// With missing values among them.
			missing := make([]int, n)
			for i := range missing {
				if next(4) == 0 {
					missing[i] = -1
				} else {
					missing[i] = next(distinct)
				}
			}
			add(missing)
		}
		// Sorted, reversed and sawtooth inputs take the algorithm's other paths.
		up, down, saw := make([]int, n), make([]int, n), make([]int, n)
		for i := 0; i < n; i++ {
			up[i], down[i], saw[i] = i/3, (n-i)/3, i%7
		}
		add(up)
		add(down)
		add(saw)
	}

	var naturals []natural
	words := []string{"web-1", "web-10", "web-2", "web-02", "web-002", "web", "web-a", "Web-1", "10.0.0.9", "10.0.0.10", "10.0.1.2", "2025-01-09T10:00:02Z", "2025-01-09T09:59:59Z", "", "0", "00", "1", "a1b2", "a1b10", "a01b2", "é1", "e1", "pod-9", "pod-09"}
	for round := 0; round < 20; round++ {
		n := 2 + next(len(words)-1)
		list := make([]string, n)
		for i := range list {
			list[i] = words[next(len(words))]
		}
		sorted := append([]string(nil), list...)
		sort.Slice(sorted, func(i, j int) bool { return sortorder.NaturalLess(sorted[i], sorted[j]) })
		naturals = append(naturals, natural{list, sorted})
	}

	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(map[string]any{"sort": vectors, "natural": naturals}); err != nil {
		panic(err)
	}
}
