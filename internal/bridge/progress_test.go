package bridge

import "testing"

// The terminal progress line of `bridge run` describes only a direction whose
// scan is more than catchUpShown blocks behind its safe head (a rescan).
func TestCatchUpLine(t *testing.T) {
	for _, tc := range []struct {
		dirs []DirectionStatus
		want string
	}{
		{nil, ""},
		{[]DirectionStatus{{Name: ParentToChild, SafeHead: 0, Cursor: 0}}, ""},
		{[]DirectionStatus{{Name: ParentToChild, SafeHead: 1000, Cursor: 500}}, ""},
		{[]DirectionStatus{{Name: ParentToChild, SafeHead: 2000, Cursor: 600}, {Name: ChildToParent, SafeHead: 90, Cursor: 90}},
			"scanning parent-to-child for requests: block 600 of 2000 (1400 to go)"},
		{[]DirectionStatus{{Name: ParentToChild, SafeHead: 2000, Cursor: 600}, {Name: ChildToParent, SafeHead: 9000, Cursor: 1}},
			"scanning parent-to-child for requests: block 600 of 2000 (1400 to go); scanning child-to-parent for requests: block 1 of 9000 (8999 to go)"},
	} {
		if got := catchUpLine(tc.dirs); got != tc.want {
			t.Errorf("catchUpLine(%+v) = %q, want %q", tc.dirs, got, tc.want)
		}
	}
}
