//! deid facade
