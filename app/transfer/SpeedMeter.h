#pragma once

#include <QtGlobal>

// Transfer speed smoothed with an exponential moving average, so the figure and the ETA shown to
// people do not jump with every burst of packets. Fed with (total bytes, monotonic time) samples.
class SpeedMeter
{
public:
    explicit SpeedMeter(double halfLifeSeconds = 3.0);

    void reset();
    void sample(qint64 totalBytes, qint64 nowMs);
    double bytesPerSecond() const { return m_rate; }
    // Seconds left for `remainingBytes`, -1 when unknown (no speed yet).
    qint64 etaSeconds(qint64 remainingBytes) const;

private:
    double m_halfLife;
    double m_rate = 0;
    qint64 m_lastBytes = -1;
    qint64 m_lastMs = 0;
    bool m_hasRate = false;
};
