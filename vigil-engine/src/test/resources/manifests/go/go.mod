module example.com/app

go 1.21

require golang.org/x/text v0.13.0

require (
	golang.org/x/net v0.15.0 // indirect
	github.com/example/lib v1.2.3
	github.com/example/local v0.1.0
	github.com/example/old v1.0.0+incompatible
)

replace github.com/example/lib => github.com/fork/lib v1.2.4

replace github.com/example/local => ../local
