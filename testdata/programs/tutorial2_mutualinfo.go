// Mutual information from a 2-D contingency table of counts: marginals,
// joint and conditional entropies, I(X;Y) = H(X)+H(Y)-H(X,Y); then a
// confusion matrix of a classifier with accuracy, precision, recall and F1
// per class, printed with fixed-width fmt verbs.
package main

import (
	"fmt"
	"math"
)

func h(ps ...float64) float64 {
	s := 0.0
	for _, p := range ps {
		if p > 0 {
			s -= p * math.Log2(p)
		}
	}
	return s
}

func info(table [][]float64) {
	total := 0.0
	for _, row := range table {
		for _, c := range row {
			total += c
		}
	}
	px := make([]float64, len(table))
	py := make([]float64, len(table[0]))
	var joint []float64
	for i, row := range table {
		for j, c := range row {
			p := c / total
			px[i] += p
			py[j] += p
			joint = append(joint, p)
		}
	}
	hx, hy, hxy := h(px...), h(py...), h(joint...)
	fmt.Printf("H(X)=%.4f H(Y)=%.4f H(X,Y)=%.4f H(Y|X)=%.4f I(X;Y)=%.4f\n", hx, hy, hxy, hxy-hx, hx+hy-hxy)
}

func main() {
	info([][]float64{{10, 0}, {0, 10}})
	info([][]float64{{5, 5}, {5, 5}})
	info([][]float64{{30, 10, 0}, {5, 25, 10}, {0, 5, 15}})

	labels := []string{"cat", "dog", "fox"}
	actual := []int{0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 0, 1, 2, 2}
	predicted := []int{0, 0, 1, 1, 1, 2, 1, 2, 2, 0, 0, 1, 2, 1}
	var cm [3][3]int
	for i := range actual {
		cm[actual[i]][predicted[i]]++
	}
	fmt.Printf("%6s", "")
	for _, l := range labels {
		fmt.Printf("%5s", l)
	}
	fmt.Println()
	correct := 0
	for i, row := range cm {
		fmt.Printf("%6s", labels[i])
		for _, c := range row {
			fmt.Printf("%5d", c)
		}
		fmt.Println()
		correct += row[i]
	}
	fmt.Printf("accuracy %.3f\n", float64(correct)/float64(len(actual)))
	for k, l := range labels {
		tp := cm[k][k]
		var colSum, rowSum int
		for i := range 3 {
			colSum += cm[i][k]
			rowSum += cm[k][i]
		}
		prec := float64(tp) / float64(colSum)
		rec := float64(tp) / float64(rowSum)
		f1 := 2 * prec * rec / (prec + rec)
		fmt.Printf("%-4s P=%.3f R=%.3f F1=%.3f\n", l, prec, rec, f1)
	}
}
