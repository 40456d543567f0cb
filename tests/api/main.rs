//! API tests (under construction)
