// divergo run refuses: reflect.ValueOf of a value of type any while values of User
// reflect as tutorials show it: TypeOf and Kind of values, walking a
// struct's fields with their tags, reading and setting a field through a
// pointer, calling a method by name, and DeepEqual.
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Age   int    `json:"age" validate:"min=0"`
	Email string `json:"email,omitempty"`
}

func (u User) Greet(greeting string) string { return greeting + ", " + u.Name }

func validate(v any) []string {
	var problems []string
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		tag := f.Tag.Get("validate")
		switch {
		case tag == "required" && rv.Field(i).IsZero():
			problems = append(problems, f.Name+" is required")
		case tag == "min=0" && rv.Field(i).Int() < 0:
			problems = append(problems, f.Name+" must be >= 0")
		}
	}
	return problems
}

func main() {
	for _, v := range []any{42, "s", 3.5, []int{1}, map[string]int{}, User{}, &User{}, nil} {
		t := reflect.TypeOf(v)
		if t == nil {
			fmt.Println("nil")
			continue
		}
		fmt.Println(t, t.Kind())
	}
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.NumField(), t.NumMethod())
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s %s json=%q\n", f.Name, f.Type, f.Tag.Get("json"))
	}
	fmt.Println(validate(User{Age: -1}))
	fmt.Println(validate(User{Name: "a", Age: 3}))

	u := &User{Name: "Ann"}
	v := reflect.ValueOf(u).Elem()
	v.FieldByName("Age").SetInt(33)
	fmt.Println(u.Age, v.FieldByName("Name").String(), v.Field(0).CanSet())
	out := reflect.ValueOf(*u).MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("Hi")})
	fmt.Println(out[0].String())
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual([]int{}, []int(nil)))
}
