#include "Sha256.h"

#include <QFile>

#include <openssl/evp.h>

namespace sandbox {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(const char *data, qint64 size)
{
    EVP_DigestUpdate(m_ctx, data, size_t(size));
}

QByteArray Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &len);
    return QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex();
}

QByteArray Sha256::hex(const QByteArray &data)
{
    Sha256 h;
    h.add(data);
    return h.hexDigest();
}

QByteArray Sha256::fileHex(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 n;
    while ((n = f.read(buf.data(), buf.size())) > 0)
        h.add(buf.constData(), n);
    if (n < 0) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    return h.hexDigest();
}

} // namespace sandbox
