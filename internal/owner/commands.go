package owner

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/servicechain/servicechain/internal/input"
)

// The owner commands as a person gives them: every value as typed (nil:
// not given), checked before any chain is contacted, then carried out on the
// Target (see Open). Input errors (input.Is) name the option.

// RegisterToken is `token register`: t.Side parent or child, token and
// counterpart required (see Contract.RegisterToken).
func RegisterToken(ctx context.Context, t Target, token, counterpart *string, mintBurn bool) error {
	if err := t.side(false); err != nil {
		return err
	}
	tok, err := nonZero("token register", "token", token, "a token")
	if err != nil {
		return err
	}
	cp, err := nonZero("token register", "counterpart", counterpart, "a token")
	if err != nil {
		return err
	}
	return t.do(ctx, func(c *Contract) error { return c.RegisterToken(ctx, tok, cp, mintBurn) })
}

// ChangeOperator is `operator add` (add) and `operator remove`: t.Side
// parent, child or anchor, op required (see Contract.AddOperator and
// RemoveOperator).
func ChangeOperator(ctx context.Context, t Target, op *string, add bool) error {
	if err := t.side(true); err != nil {
		return err
	}
	a, err := nonZero(t.Key.Command, "operator", op, "an operator")
	if err != nil {
		return err
	}
	return t.do(ctx, func(c *Contract) error {
		if add {
			return c.AddOperator(ctx, a)
		}
		return c.RemoveOperator(ctx, a)
	})
}

// SetThreshold is `threshold set`: t.Side parent, child or anchor; voteType
// value or config (nil: value; bridges only), k from 1 to 255, required (see
// Contract.SetThreshold).
func SetThreshold(ctx context.Context, t Target, voteType *string, k *int) error {
	if err := t.side(true); err != nil {
		return err
	}
	vt := "value"
	if voteType != nil {
		vt = *voteType
	}
	if _, err := VoteType(vt); err != nil {
		return err
	}
	if t.Side == Anchor && voteType != nil {
		return input.Errorf("--vote-type goes with bridges; the Anchor has a single threshold")
	}
	if k == nil {
		return input.Errorf("threshold set: --threshold K is required")
	}
	n, err := input.Threshold("threshold", *k)
	if err != nil {
		return err
	}
	return t.do(ctx, func(c *Contract) error { return c.SetThreshold(ctx, vt, n) })
}

// side checks t.Side as --chain.
func (t *Target) side(allowAnchor bool) error {
	_, err := input.Side("chain", t.Side, allowAnchor)
	return err
}

// nonZero parses the required address option of command, which must not be zero.
func nonZero(command, option string, v *string, what string) (common.Address, error) {
	if v == nil {
		return common.Address{}, input.Errorf("%s: --%s ADDRESS is required", command, option)
	}
	a, err := input.Address(option, *v)
	if err == nil && a == (common.Address{}) {
		err = input.Errorf("--%s %s: expected %s address, not the zero address", option, *v, what)
	}
	return a, err
}

// do opens t, runs f on it and closes it.
func (t *Target) do(ctx context.Context, f func(*Contract) error) error {
	c, err := Open(ctx, *t)
	if err != nil {
		return err
	}
	defer c.Conn.Close()
	return f(&c)
}
