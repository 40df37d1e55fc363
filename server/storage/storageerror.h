#pragma once

#include <QString>

#include <stdexcept>

namespace mq::storage {

// Thrown by the storage layer. `retryable` marks serialization failures, deadlocks and
// busy databases: the whole transaction may be run again.
class StorageError : public std::runtime_error
{
public:
    enum class Kind { Query, Retryable, UniqueViolation, Unavailable };
    StorageError(Kind kind, const QString &detail)
        : std::runtime_error(detail.toStdString()), m_kind(kind)
    {}
    Kind kind() const { return m_kind; }
    bool retryable() const { return m_kind == Kind::Retryable; }

private:
    Kind m_kind;
};

} // namespace mq::storage
