#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    m_failed = !m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1;
}

void Sha256::update(const char *data, qsizetype size)
{
    if (!m_failed && size > 0 && EVP_DigestUpdate(m_ctx, data, static_cast<size_t>(size)) != 1)
        m_failed = true;
}

QByteArray Sha256::finalHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = !m_failed && EVP_DigestFinal_ex(m_ctx, digest, &length) == 1;
    reset();
    return ok ? QByteArray(reinterpret_cast<const char *>(digest), length).toHex() : QByteArray();
}

QByteArray Sha256::ofFile(const QString &path, qint64 length, QString *errorString,
                          const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (errorString)
            *errorString = file.errorString();
        return {};
    }
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 remaining = length < 0 ? std::numeric_limits<qint64>::max() : length;
    while (remaining > 0) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 n = file.read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
        if (n < 0) {
            if (errorString)
                *errorString = file.errorString();
            return {};
        }
        if (n == 0)
            break;
        hash.update(buffer.constData(), n);
        remaining -= n;
    }
    if (length >= 0 && remaining > 0) {
        if (errorString)
            *errorString = QCoreApplication::translate("Sha256", "The file is shorter than expected.");
        return {};
    }
    return hash.finalHex();
}

QByteArray Sha256::ofData(const QByteArray &data)
{
    Sha256 hash;
    hash.update(data);
    return hash.finalHex();
}

bool Sha256::isHexDigest(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}
