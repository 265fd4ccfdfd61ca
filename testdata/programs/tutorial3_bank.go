package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account struct {
	ID      string
	Owner   string
	Balance Money
	history []string
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	Op     string
	Amount Money
	Err    error
}

func (e TxError) Error() string { return e.Op + " " + e.Amount.String() + ": " + e.Err.Error() }
func (e TxError) Unwrap() error { return e.Err }

func (a *Account) Deposit(m Money) {
	a.Balance += m
	a.history = append(a.history, "dep "+m.String())
}

func (a *Account) Withdraw(m Money) error {
	if m > a.Balance {
		return TxError{"withdraw", m, ErrInsufficient}
	}
	a.Balance -= m
	a.history = append(a.history, "wd "+m.String())
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id, owner string) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, m Money) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	if err := src.Withdraw(m); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	b.accounts[to].Deposit(m)
	return nil
}

func main() {
	var bank Bank
	a := bank.Open("A1", "ann")
	bank.Open("B2", "bob")
	a.Deposit(10050)
	fmt.Println(bank.Transfer("A1", "B2", 2575))
	err := bank.Transfer("B2", "A1", 99999)
	fmt.Println(err)
	var te TxError
	fmt.Println(errors.As(err, &te), te.Amount, errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("Z9", "A1", 1))
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		acc := bank.accounts[id]
		fmt.Printf("%s %-4s %10v %s\n", acc.ID, acc.Owner, acc.Balance, strings.Join(acc.history, "; "))
	}
	fmt.Println(Money(-5), Money(0), []Money{1, 250})
	fmt.Printf("%d %v %s\n", a.Balance, a.Balance, a.Balance)
	withdraw := a.Withdraw
	fmt.Println(withdraw(100), a.Balance)
}
