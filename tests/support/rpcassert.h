#pragma once

#include "support/testclient.h"

#include <QString>
#include <QTest>

// QTest checks for JSON-RPC answers that print the whole answer when they fail.

namespace rpcassert {

// Expected texts come as literals or as QStrings (data-driven tests).
inline QString text(const char *s)
{
    return QString::fromUtf8(s);
}
inline QString text(const QString &s)
{
    return s;
}

inline QString mismatch(const TestClient::Response &r, const QString &expected)
{
    return QStringLiteral("expected %1, got %2").arg(expected, r.toString());
}

} // namespace rpcassert

#define MQ_VERIFY_OK(response)                                                                     \
    do {                                                                                           \
        const TestClient::Response &mqR_ = (response);                                             \
        QVERIFY2(mqR_.ok, qPrintable(rpcassert::mismatch(mqR_, QStringLiteral("a result"))));      \
    } while (false)

#define MQ_VERIFY_ERROR(response, expectedCode, expectedReason)                                    \
    do {                                                                                           \
        const TestClient::Response &mqR_ = (response);                                             \
        const QString mqReason_ = rpcassert::text(expectedReason);                                 \
        QVERIFY2(!mqR_.ok && mqR_.error.code == (expectedCode) && mqR_.error.reason == mqReason_,  \
                 qPrintable(rpcassert::mismatch(                                                   \
                     mqR_, QStringLiteral("error %1 %2").arg(expectedCode).arg(mqReason_))));      \
    } while (false)

// Only the code (JSON-RPC's own errors carry no fixed reason in PROTOCOL.md).
#define MQ_VERIFY_CODE(response, expectedCode)                                                     \
    do {                                                                                           \
        const TestClient::Response &mqR_ = (response);                                             \
        QVERIFY2(                                                                                  \
            !mqR_.ok && mqR_.error.code == (expectedCode),                                         \
            qPrintable(rpcassert::mismatch(mqR_, QStringLiteral("error %1").arg(expectedCode))));  \
    } while (false)

// 422 validation naming the field in data.field.
#define MQ_VERIFY_FIELD(response, expectedField)                                                   \
    do {                                                                                           \
        const TestClient::Response &mqR_ = (response);                                             \
        const QString mqField_ = rpcassert::text(expectedField);                                   \
        QVERIFY2(!mqR_.ok && mqR_.error.code == 422 &&                                             \
                     mqR_.error.reason == QStringLiteral("validation") &&                          \
                     mqR_.error.data.value(QStringLiteral("field")).toString() == mqField_,        \
                 qPrintable(rpcassert::mismatch(                                                   \
                     mqR_, QStringLiteral("error 422 validation, field %1").arg(mqField_))));      \
    } while (false)
