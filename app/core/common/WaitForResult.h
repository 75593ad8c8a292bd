#pragma once

#include "core/common/Result.h"

#include <QEventLoop>
#include <optional>
#include <utility>

namespace hookmail {

// Blocking helper for the CLI and tests only: calls `start` with a callback taking Result<T>, runs a local
// event loop until the callback has been called (at once or later) and returns its result. Never from GUI
// code.
template <typename T, typename Start> Result<T> waitForResult(Start start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](Result<T> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace hookmail
