package config

import (
	"encoding"
	"fmt"
	"math/big"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// keyBase holds what every key has besides its value.
type keyBase struct {
	name       string
	comment    string              // Encode's comment
	doc        string              // README meaning ("" = comment)
	defaultDoc string              // README default column override
	required   string              // "key is missing: <required>" when empty
	omitEmpty  bool                // Encode skips an empty value
	whenEmpty  func() string       // Encode writes this line (may be "") instead of an empty value
	redact     func(string) string // shows string values in error messages (Redact); nil = as they are
}

// shown is s as error messages show it.
func (b *keyBase) shown(s string) string {
	if b.redact == nil {
		return s
	}
	return b.redact(s)
}

// showRaw renders a raw TOML value for an error message, redacting strings.
func (b *keyBase) showRaw(v any) string {
	if b.redact == nil {
		return show(v)
	}
	switch x := v.(type) {
	case string:
		return show(b.redact(x))
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			if s, ok := e.(string); ok {
				e = b.redact(s)
			}
			out[i] = e
		}
		return show(out)
	}
	return show(v)
}

func (b *keyBase) docText() string {
	if b.doc != "" {
		return b.doc
	}
	return b.comment
}

// Field is a Key holding a value of type T, bound to a field of a config
// struct. Its methods refine the declaration and return the Field, so a key
// is declared in one expression:
//
//	Uint("batch_size", &c.Bridge.BatchSize, 10, 1, MaxBatchSize).Comment("max votes per tx")
type Field[T any] struct {
	keyBase
	ptr      *T
	def      T
	clone    func(T) T                 // deep copy (big.Int, slices); nil = plain copy
	decodeFn func(raw any) (T, string) // the value, or what was expected
	showFn   func(T) string            // the value in messages (`"1ms"`, `0`, `100.5`)
	litFn    func(T) string            // TOML literal
	docFn    func(T) string            // the value in the README's default column
	zeroFn   func(T) bool              // empty (for Required, OmitEmpty, WhenEmpty)
	checks   []func(T) string          // the declaration's checks: "" or what was expected
	bounds   func(T) string            // the constructor's range check, run after checks
	each     func(string) string       // StringList: check of one element
	path     bool                      // Path: resolved against the file's directory
}

// Name returns the key's name within its table.
func (f *Field[T]) Name() string { return f.name }

func (f *Field[T]) base() *keyBase { return &f.keyBase }

// Comment sets the comment Encode writes after the value; it is also the
// README's meaning unless Doc is set. Units belong here ("gwei", "blocks").
func (f *Field[T]) Comment(s string) *Field[T] { f.comment = s; return f }

// Doc sets the README's meaning column (when it says more than Comment).
func (f *Field[T]) Doc(s string) *Field[T] { f.doc = s; return f }

// DocDefault sets the README's default column (e.g. "required" for a key
// whose zero default is refused by a Check).
func (f *Field[T]) DocDefault(s string) *Field[T] { f.defaultDoc = s; return f }

// Check adds a validation: check returns "" for an acceptable value, else
// what was expected ("expected a non-empty name"), reported as
// "config: <key> = <value>: <what>". Checks run in order, before the range
// of Uint and Duration; the first failure is the key's only report.
func (f *Field[T]) Check(check func(T) string) *Field[T] {
	f.checks = append(f.checks, check)
	return f
}

// Redact makes error messages show the key's string values (or list
// elements) through fn, e.g. redact.URL for endpoint URLs that carry API keys
// (issue 13): "config: parent.endpoints[0] = "https://h/v3/***": ...".
func (f *Field[T]) Redact(fn func(string) string) *Field[T] { f.redact = fn; return f }

// Required makes an empty value an error "config: <key> is missing:
// <expected>" (checked before the other checks); the README shows "required".
func (f *Field[T]) Required(expected string) *Field[T] { f.required = expected; return f }

// OmitEmpty makes Encode leave out the key while its value is empty.
func (f *Field[T]) OmitEmpty() *Field[T] { f.omitEmpty = true; return f }

// WhenEmpty makes Encode write line() instead of the key while its value is
// empty (a commented-out example, a hint; "" writes nothing). Use Line to
// align a comment.
func (f *Field[T]) WhenEmpty(line func() string) *Field[T] { f.whenEmpty = line; return f }

// Placeholder makes Encode write the key commented out, with example as its
// value, while its value is empty: `# anchor = "0x..."   # comment`.
func (f *Field[T]) Placeholder(example string) *Field[T] {
	return f.WhenEmpty(func() string { return Line("# "+f.name, example, f.comment) })
}

func (f *Field[T]) setDefault() {
	if f.clone != nil {
		*f.ptr = f.clone(f.def)
	} else {
		*f.ptr = f.def
	}
}

func (f *Field[T]) decode(path string, raw any, p *Problems) bool {
	v, expected := f.decodeFn(raw)
	if expected != "" {
		if strings.HasPrefix(expected, "[") { // an element's error carries its own index
			p.Addf("%s%s", path, expected)
		} else {
			p.Addf("%s = %s: %s", path, f.showRaw(raw), expected)
		}
		return false
	}
	*f.ptr = v
	return true
}

func (f *Field[T]) validate(path string, p *Problems) {
	v := *f.ptr
	if f.required != "" && f.zeroFn(v) {
		p.Addf("%s is missing: %s", path, f.required)
		return
	}
	checks := f.checks
	if f.bounds != nil {
		checks = append(slices.Clip(checks), f.bounds)
	}
	for _, check := range checks {
		if expected := check(v); expected != "" {
			shown := f.showFn(v)
			if f.redact != nil {
				shown = f.showRaw(toRaw(v))
			}
			p.Addf("%s = %s: %s", path, shown, expected)
			return
		}
	}
	if f.each != nil {
		for i, e := range any(v).([]string) {
			if expected := f.each(e); expected != "" {
				p.Addf("%s[%d] = %q: %s", path, i, f.shown(e), expected)
			}
		}
	}
}

// toRaw turns a string or string list value into the raw TOML shape showRaw takes.
func toRaw(v any) any {
	switch x := v.(type) {
	case []string:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = s
		}
		return out
	}
	return v
}

func (f *Field[T]) literal() (string, bool) {
	v := *f.ptr
	return f.litFn(v), !f.zeroFn(v)
}

func (f *Field[T]) docDefault() string {
	switch {
	case f.defaultDoc != "":
		return f.defaultDoc
	case f.required != "":
		return "required"
	case f.zeroFn(f.def) && (f.omitEmpty || f.whenEmpty != nil):
		return ""
	}
	return f.docFn(f.def)
}

func (f *Field[T]) resolve(baseDir string) {
	if !f.path || baseDir == "" {
		return
	}
	p := any(f.ptr).(*string)
	if *p != "" && !filepath.IsAbs(*p) {
		*p = filepath.Join(baseDir, *p)
	}
}

// String declares a string key.
func String(name string, p *string, def string) *Field[string] {
	return &Field[string]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		decodeFn: func(raw any) (string, string) {
			s, ok := raw.(string)
			if !ok {
				return "", "expected a string"
			}
			return s, ""
		},
		showFn: func(s string) string { return fmt.Sprintf("%q", s) },
		litFn:  quote,
		docFn:  func(s string) string { return s },
		zeroFn: func(s string) bool { return s == "" },
	}
}

// Path declares a string key holding a file or directory path; a relative
// path is made absolute against the config file's directory by
// Schema.ResolvePaths (Load does it).
func Path(name string, p *string, def string) *Field[string] {
	f := String(name, p, def)
	f.path = true
	return f
}

// OneOf returns a Check accepting only the given values:
// "expected debug, info, warn or error".
func OneOf(values ...string) func(string) string {
	list := strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
	if len(values) == 1 {
		list = values[0]
	}
	return func(s string) string {
		if slices.Contains(values, s) {
			return ""
		}
		return "expected " + list
	}
}

// Bool declares a boolean key.
func Bool(name string, p *bool, def bool) *Field[bool] {
	return &Field[bool]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		decodeFn: func(raw any) (bool, string) {
			b, ok := raw.(bool)
			if !ok {
				return false, "expected true or false"
			}
			return b, ""
		},
		showFn: func(b bool) string { return fmt.Sprint(b) },
		litFn:  func(b bool) string { return fmt.Sprint(b) },
		docFn:  func(b bool) string { return fmt.Sprint(b) },
		zeroFn: func(bool) bool { return false }, // false is a value, never "missing"
	}
}

// Uint declares an integer key accepting min..max (max 1<<63-1 means no upper
// bound): "expected an integer from 1 to 100" / "expected an integer >= 1".
func Uint[T ~int | ~uint64](name string, p *T, def T, min, max uint64) *Field[T] {
	expected := "expected " + intRange(min, max)
	return &Field[T]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		decodeFn: func(raw any) (T, string) {
			n, ok := raw.(int64)
			if !ok || n < 0 || uint64(n) < min || uint64(n) > max {
				return 0, expected
			}
			return T(n), ""
		},
		bounds: func(v T) string {
			if v < 0 || uint64(v) < min || uint64(v) > max {
				return expected
			}
			return ""
		},
		showFn: func(v T) string { return fmt.Sprint(v) },
		litFn:  func(v T) string { return fmt.Sprint(v) },
		docFn:  func(v T) string { return fmt.Sprint(v) },
		zeroFn: func(v T) bool { return v == 0 },
	}
}

// Duration declares a duration key written as a Go duration string ("1s",
// "500ms", "5m"), accepting min..max.
func Duration(name string, p *time.Duration, def, min, max time.Duration) *Field[time.Duration] {
	return &Field[time.Duration]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		decodeFn: func(raw any) (time.Duration, string) {
			const expected = `expected a duration string like "1s", "500ms" or "5m"`
			s, ok := raw.(string)
			if !ok {
				return 0, expected
			}
			d, err := time.ParseDuration(s)
			if err != nil {
				return 0, expected
			}
			return d, ""
		},
		bounds: func(v time.Duration) string {
			if v < min || v > max {
				return fmt.Sprintf("expected a duration from %v to %v", min, max)
			}
			return ""
		},
		showFn: func(v time.Duration) string { return fmt.Sprintf("%q", v.String()) },
		litFn:  dur,
		docFn:  func(v time.Duration) string { return strings.Trim(dur(v), `"`) },
		zeroFn: func(v time.Duration) bool { return v == 0 },
	}
}

// Address declares a 0x-prefixed 20-byte hex address key (ParseAddress:
// mixed case must carry a valid EIP-55 checksum).
func Address(name string, p *common.Address, def common.Address) *Field[common.Address] {
	return &Field[common.Address]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		decodeFn: func(raw any) (common.Address, string) {
			s, ok := raw.(string)
			if !ok {
				return common.Address{}, "expected a 20-byte hex address"
			}
			a, err := ParseAddress(s)
			if err != nil {
				return common.Address{}, err.Error()
			}
			return a, ""
		},
		showFn: func(a common.Address) string { return fmt.Sprintf("%q", a.Hex()) },
		litFn:  func(a common.Address) string { return quote(addr(a)) },
		docFn:  addr,
		zeroFn: func(a common.Address) bool { return a == (common.Address{}) },
	}
}

// Amount declares an amount key written as a decimal number of a unit of
// 10^decimals wei (unit "gwei" with decimals 9, "ether" with 18), as a TOML
// integer, float or string ("0.000000001"), held in wei. Decoding refuses
// negative numbers and more decimals than the unit has.
func Amount(name string, p **big.Int, def *big.Int, decimals int, unit string) *Field[*big.Int] {
	return &Field[*big.Int]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		clone: func(w *big.Int) *big.Int {
			if w == nil {
				return nil
			}
			return new(big.Int).Set(w)
		},
		decodeFn: func(raw any) (*big.Int, string) {
			var s string
			switch x := raw.(type) {
			case int64:
				s = fmt.Sprint(x)
			case float64:
				s = formatFloat(x)
			case string:
				s = x
			default:
				return nil, "expected a number of " + unit
			}
			w, err := decimalToWei(s, decimals)
			if err != nil {
				return nil, fmt.Sprintf("expected a number of %s >= 0 with at most %d decimals", unit, decimals)
			}
			return w, ""
		},
		showFn: func(w *big.Int) string { return weiToDecimal(w, decimals) },
		litFn:  func(w *big.Int) string { return amountLit(w, decimals) },
		docFn:  func(w *big.Int) string { return weiToDecimal(w, decimals) },
		zeroFn: func(w *big.Int) bool { return w == nil },
	}
}

// StringList declares a list-of-strings key. each (may be nil) checks one
// element: "" or what was expected, reported as "<key>[i] = "v": <what>".
func StringList(name string, p *[]string, def []string, each func(string) string) *Field[[]string] {
	return &Field[[]string]{
		keyBase: keyBase{name: name}, ptr: p, def: def, each: each,
		clone: slices.Clone[[]string],
		decodeFn: func(raw any) ([]string, string) {
			list, ok := raw.([]any)
			if !ok {
				return nil, "expected a list of strings"
			}
			out := make([]string, 0, len(list))
			for i, e := range list {
				s, ok := e.(string)
				if !ok {
					return nil, fmt.Sprintf("[%d] = %s: expected a string", i, show(e))
				}
				out = append(out, s)
			}
			return out, ""
		},
		showFn: func(l []string) string {
			q := make([]string, len(l))
			for i, s := range l {
				q[i] = quote(s)
			}
			return "[" + strings.Join(q, ", ") + "]"
		},
		litFn: func(l []string) string {
			q := make([]string, len(l))
			for i, s := range l {
				q[i] = quote(s)
			}
			return "[" + strings.Join(q, ", ") + "]"
		},
		docFn:  func(l []string) string { return strings.Join(l, ", ") },
		zeroFn: func(l []string) bool { return len(l) == 0 },
	}
}

// TextValue is what Text needs of a key's type: a pointer that parses itself
// from text and a value that prints itself (encoding.TextUnmarshaler and
// encoding.TextMarshaler, as for an enum such as a node role or a URL type).
type TextValue[T any] interface {
	*T
	encoding.TextUnmarshaler
}

// Text declares a key of any type whose pointer implements
// encoding.TextUnmarshaler and whose value implements
// encoding.TextMarshaler, written as a TOML string. The error of
// UnmarshalText is the message ("expected producer or endpoint"), so it
// should say what was expected.
func Text[T encoding.TextMarshaler, P TextValue[T]](name string, p *T, def T) *Field[T] {
	text := func(v T) string {
		b, err := v.MarshalText()
		if err != nil {
			return fmt.Sprintf("<%v>", err)
		}
		return string(b)
	}
	return &Field[T]{
		keyBase: keyBase{name: name}, ptr: p, def: def,
		decodeFn: func(raw any) (T, string) {
			var v T
			s, ok := raw.(string)
			if !ok {
				return v, "expected a string"
			}
			if err := P(&v).UnmarshalText([]byte(s)); err != nil {
				return v, err.Error()
			}
			return v, ""
		},
		showFn: func(v T) string { return fmt.Sprintf("%q", text(v)) },
		litFn:  func(v T) string { return quote(text(v)) },
		docFn:  text,
		zeroFn: func(v T) bool { return reflect.ValueOf(&v).Elem().IsZero() },
	}
}
