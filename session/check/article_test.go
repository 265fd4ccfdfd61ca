package check

import "testing"

// TestArticle: refusals name a type with the article it is said with.
func TestArticle(t *testing.T) {
	for in, want := range map[string]string{
		"User": "a User", "Unit": "a Unit", "uint8": "a uint8", "URL": "a URL",
		"Update": "an Update", "Umbrella": "an Umbrella", "Apple": "an Apple",
		"Point": "a Point", "Error": "an Error", "U": "an U", "": "a ",
	} {
		if got := article(in); got != want {
			t.Errorf("article(%q) = %q, want %q", in, got, want)
		}
	}
}
