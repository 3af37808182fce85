#include "Ulid.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QMutex g_mutex;
qint64 g_lastMs = -1;
std::array<quint8, 10> g_lastRandom{};
}

QString Ulid::make(const QString &prefix, const QDateTime &at)
{
    const qint64 ms = qMax<qint64>(0, at.toMSecsSinceEpoch());
    std::array<quint8, 10> random{};
    {
        QMutexLocker lock(&g_mutex);
        if (ms == g_lastMs) {
            // Same millisecond: increment the previous random part so order is kept.
            random = g_lastRandom;
            for (int i = 9; i >= 0; --i) {
                if (++random[size_t(i)] != 0)
                    break;
            }
        } else {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), 2);
            random[8] = quint8(QRandomGenerator::global()->bounded(256));
            random[9] = quint8(QRandomGenerator::global()->bounded(256));
            random[0] &= 0x7f; // leave room to increment without overflowing
        }
        g_lastMs = ms;
        g_lastRandom = random;
    }
    // 128 bits: 48-bit time then 80 random bits, 26 Crockford base32 characters.
    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (8 * (5 - i)));
    for (int i = 0; i < 10; ++i)
        bytes[size_t(6 + i)] = random[size_t(i)];
    QString out = prefix + QLatin1Char('_');
    // 130 bits of output for 128 of input: the first character carries only 3 bits.
    for (int c = 0; c < 26; ++c) {
        const int bitStart = c * 5 - 2;
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = bitStart + b;
            value <<= 1;
            if (bit >= 0)
                value |= (bytes[size_t(bit / 8)] >> (7 - bit % 8)) & 1;
        }
        out += QLatin1Char(kAlphabet[value]);
    }
    return out;
}

bool Ulid::isValid(const QString &id, const QString &prefix)
{
    if (id.size() != prefix.size() + 27 || !id.startsWith(prefix + QLatin1Char('_')))
        return false;
    for (qsizetype i = prefix.size() + 1; i < id.size(); ++i) {
        const char ch = id.at(i).toLatin1();
        if (!ch || !std::strchr(kAlphabet, ch))
            return false;
    }
    return true;
}
