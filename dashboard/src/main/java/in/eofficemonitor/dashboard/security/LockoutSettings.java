package in.eofficemonitor.dashboard.security;

import java.time.Duration;

/**
 * When guessing is stopped ({@link LoginThrottle}): {@code perUser} failed attempts for one user name, or
 * {@code perAddress} from one client address, within {@code window} refuse every further attempt of that name (or
 * from that address) for {@code coolOff}, the right password included.
 */
public record LockoutSettings(int perUser, int perAddress, Duration window, Duration coolOff) {

    public LockoutSettings {
        if (perUser < 1 || perAddress < 1 || window.isNegative() || window.isZero() || coolOff.isNegative()) {
            throw new IllegalArgumentException("lock-out settings need counts of at least 1 and a positive window: "
                    + perUser + ", " + perAddress + ", " + window + ", " + coolOff);
        }
    }
}
