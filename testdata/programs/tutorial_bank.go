// A bank-account simulation: an Account type with pointer-receiver methods,
// typed errors for insufficient funds, a transfer that must not change
// either account on failure, a transaction log, and a Stringer for money in
// cents.
package main

import (
	"errors"
	"fmt"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type InsufficientFunds struct {
	Need, Have Cents
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

var ErrInvalidAmount = errors.New("amount must be positive")

type Account struct {
	Owner   string
	balance Cents
	log     []string
}

func (a *Account) Deposit(amt Cents) error {
	if amt <= 0 {
		return ErrInvalidAmount
	}
	a.balance += amt
	a.log = append(a.log, fmt.Sprintf("+%v", amt))
	return nil
}

func (a *Account) Withdraw(amt Cents) error {
	if amt <= 0 {
		return ErrInvalidAmount
	}
	if amt > a.balance {
		return InsufficientFunds{amt, a.balance}
	}
	a.balance -= amt
	a.log = append(a.log, fmt.Sprintf("-%v", amt))
	return nil
}

func (a *Account) Balance() Cents { return a.balance }

func Transfer(from, to *Account, amt Cents) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.Owner, to.Owner, err)
	}
	return to.Deposit(amt)
}

func main() {
	alice := &Account{Owner: "alice"}
	bob := &Account{Owner: "bob"}
	fmt.Println(alice.Deposit(10050), alice.Balance())
	fmt.Println(alice.Deposit(-5))
	fmt.Println(Transfer(alice, bob, 2575), alice.Balance(), bob.Balance())

	err := Transfer(bob, alice, 100000)
	fmt.Println(err)
	var inf InsufficientFunds
	if errors.As(err, &inf) {
		fmt.Println("short by", inf.Need-inf.Have)
	}
	fmt.Println(alice.Balance(), bob.Balance())
	fmt.Println(errors.Is(bob.Withdraw(0), ErrInvalidAmount))
	fmt.Println(alice.log, bob.log)
	fmt.Printf("%v %s %d\n", Cents(-1234), Cents(5), Cents(5))
	total := alice.Balance() + bob.Balance()
	fmt.Println("total", total)
}
