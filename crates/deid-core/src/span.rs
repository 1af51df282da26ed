//! Spans and findings: where in a value PHI was found.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::PhiKind;

/// A half-open byte range `start..end` in a field value. `start <= end` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    /// When `start > end`: that is a bug in the caller, not bad input.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// First byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span moved right by `delta` bytes.
    pub fn offset(&self, delta: usize) -> Span {
        Span::new(self.start + delta, self.end + delta)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// One piece of PHI found in a value: where, what kind, how sure, and which detector said so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Byte span in the value.
    pub span: Span,
    /// The kind of identifier.
    pub kind: PhiKind,
    /// 0.0 ..= 1.0.
    pub confidence: f32,
    /// Name of the detector (`date`, `name.title`, `known-value`, `field:PID-5`...).
    pub detector: &'static str,
}

impl Finding {
    /// A finding; the confidence is clamped into `0.0..=1.0`.
    pub fn new(span: Span, kind: PhiKind, confidence: f32, detector: &'static str) -> Finding {
        Finding {
            span,
            kind,
            confidence: confidence.clamp(0.0, 1.0),
            detector,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_relations() {
        let a = Span::new(2, 6);
        assert!(a.overlaps(&Span::new(5, 9)));
        assert!(!a.overlaps(&Span::new(6, 9)));
        assert!(a.contains(&Span::new(3, 6)));
        assert_eq!(a.offset(10), Span::new(12, 16));
        assert_eq!(a.len(), 4);
    }

    #[test]
    #[should_panic]
    fn reversed_span_is_rejected() {
        let _ = Span::new(5, 4);
    }

    #[test]
    fn confidence_is_clamped() {
        let f = Finding::new(Span::new(0, 1), PhiKind::Name, 1.7, "t");
        assert_eq!(f.confidence, 1.0);
    }
}
