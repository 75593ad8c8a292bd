#pragma once

#include "core/common/ErrorCode.h"

#include <QString>
#include <optional>
#include <utility>

namespace hookmail {

// An error a user can act on: `message` says what happened and what to do; `detail` carries the raw
// technical cause (server text, parser offset) for a "details" disclosure. Errors are values
// (docs/ARCHITECTURE.md).
struct Error
{
    QString message;
    QString detail;
    QString code; // short machine-readable kind, e.g. "json-syntax", "future-version", "Invalid_Key"

    // Hookmail's own kinds go through the closed ErrorCode; `code` then holds its stable string form.
    static Error of(ErrorCode kind, QString message, QString detail = {})
    {
        return Error{std::move(message), std::move(detail), errorCodeName(kind)};
    }
    bool is(ErrorCode kind) const { return code == errorCodeName(kind); }
};

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing on success.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace hookmail
