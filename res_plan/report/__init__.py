"""Output formats of `check`: each turns results into text and computes nothing."""
