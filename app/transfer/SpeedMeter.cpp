#include "SpeedMeter.h"

#include <cmath>

SpeedMeter::SpeedMeter(double halfLifeSeconds)
    : m_halfLife(halfLifeSeconds)
{
}

void SpeedMeter::reset()
{
    m_rate = 0;
    m_lastBytes = -1;
    m_lastMs = 0;
    m_hasRate = false;
}

void SpeedMeter::sample(qint64 totalBytes, qint64 nowMs)
{
    if (m_lastBytes < 0 || totalBytes < m_lastBytes) { // first sample, or restarted from zero
        m_lastBytes = totalBytes;
        m_lastMs = nowMs;
        return;
    }
    const qint64 elapsedMs = nowMs - m_lastMs;
    if (elapsedMs < 50)
        return; // too short to say anything
    const double instant = double(totalBytes - m_lastBytes) * 1000.0 / double(elapsedMs);
    // Weight by elapsed time so the smoothing does not depend on how often we are sampled.
    const double keep = std::exp2(-(double(elapsedMs) / 1000.0) / m_halfLife);
    m_rate = m_hasRate ? keep * m_rate + (1.0 - keep) * instant : instant;
    m_hasRate = true;
    m_lastBytes = totalBytes;
    m_lastMs = nowMs;
}

qint64 SpeedMeter::etaSeconds(qint64 remainingBytes) const
{
    if (!m_hasRate || m_rate < 1.0 || remainingBytes < 0)
        return -1;
    return qint64(std::ceil(double(remainingBytes) / m_rate));
}
