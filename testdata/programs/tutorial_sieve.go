// The concurrent prime sieve: a generator goroutine and a chain of filter
// goroutines connected by channels, taking the first primes in order;
// then a plain sieve of Eratosthenes to check them.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var got []int
	for range 15 {
		prime := <-ch
		got = append(got, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(got)
	want := sieve(47)
	fmt.Println(want, fmt.Sprint(got) == fmt.Sprint(want))
}
