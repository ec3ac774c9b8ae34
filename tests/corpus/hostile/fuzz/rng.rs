//! The fuzz run's random numbers: a replayable generator that is hostile in half the folders.

/// A xorshift64* generator: small, fast, and replayable from its seed. A hostile one mixes
/// bad choices into good ones; the others make folders that mostly compile, so that the
/// annotator and the linker see plenty of input too.
pub(super) struct Rng {
    state: u64,
    hostile: bool,
}

impl Rng {
    pub(super) fn new(seed: u64) -> Rng {
        let mut rng = Rng {
            state: seed | 1,
            hostile: false,
        };
        rng.hostile = rng.chance(50);
        rng
    }

    pub(super) fn next(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub(super) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub(super) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub(super) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// One of `good`, or in a hostile folder now and then one of `bad`.
    pub(super) fn pick_or_bad<'a>(&mut self, good: &[&'a str], bad: &[&'a str]) -> &'a str {
        if self.hostile && self.chance(15) {
            self.pick(bad)
        } else {
            self.pick(good)
        }
    }

    /// Whether to do something hostile, `percent` of the time in a hostile folder.
    pub(super) fn hostile(&mut self, percent: usize) -> bool {
        self.hostile && self.chance(percent)
    }
}
