#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <nlohmann/json.hpp>

namespace hookmail::jsonbridge {

// Conversions between Qt's JSON types (the public API of hookmail_core) and nlohmann::json (used internally
// for RFC 6902 patches and exact comparisons). Private to app/core (nlohmann is a private dependency).

inline nlohmann::json toNlohmann(const QJsonValue &value)
{
    const QByteArray bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    nlohmann::json wrapped =
        nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr,
                              /*allow_exceptions=*/false);
    if (!wrapped.is_array() || wrapped.empty())
        return nullptr;
    return wrapped[0];
}

inline QJsonValue fromNlohmann(const nlohmann::json &value)
{
    const std::string text = "[" + value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text));
    return doc.array().isEmpty() ? QJsonValue() : doc.array().at(0);
}

} // namespace hookmail::jsonbridge
