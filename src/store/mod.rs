//! WIP(issue 3): filled in by the store work.
