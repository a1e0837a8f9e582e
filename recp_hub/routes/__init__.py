"""The hub's HTTP routes, thin: parse, call the service modules, answer."""
