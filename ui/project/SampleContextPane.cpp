#include "project/SampleContextPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

namespace hookmail {

namespace {
QJsonObject setAtPath(QJsonObject object, const QStringList &path, int index, const QJsonValue &value)
{
    const QString key = path.at(index);
    if (index == path.size() - 1) {
        object.insert(key, value);
        return object;
    }
    object.insert(key, setAtPath(object.value(key).toObject(), path, index + 1, value));
    return object;
}

QString labelFor(const QString &key)
{
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}
} // namespace

SampleContextPane::SampleContextPane(QWidget *parent)
    : QWidget(parent), m_hookPointCombo(new QComboBox(this)), m_variantCombo(new QComboBox(this)),
      m_presetCombo(new QComboBox(this)), m_presetDescription(new QLabel(this)),
      m_addressSummary(new QLabel(this)), m_tabs(new QTabWidget(this)), m_traitsHost(new QWidget),
      m_jsonEdit(new QPlainTextEdit), m_jsonError(new QLabel), m_payloadEdit(new QPlainTextEdit),
      m_payloadError(new QLabel), m_payloadReason(new QLabel), m_headerSummary(new QLabel),
      m_headerWarning(new QLabel), m_headerError(new QLabel),
      m_readKratosButton(new QPushButton(tr("Read from kratos.yml…"))),
      m_defaultHeadersButton(new QPushButton(tr("Use the default"))),
      m_checkAllButton(new QPushButton(tr("Check against all hook points"), this)),
      m_matrix(new QTableWidget(this))
{
    setObjectName(QStringLiteral("sampleContextPane"));
    m_hookPointCombo->setObjectName(QStringLiteral("hookPointComboBox"));
    m_hookPointCombo->setAccessibleName(tr("When the email is sent"));
    m_hookPointCombo->setToolTip(tr("The moment in Ory the preview imitates: what Ory knows about the person "
                                    "differs between them"));
    m_variantCombo->setObjectName(QStringLiteral("sampleVariantComboBox"));
    m_variantCombo->setAccessibleName(tr("Where it happens"));
    m_variantCombo->setToolTip(tr("Ory passes a different context in a browser and in an app, on Ory Network "
                                  "and on a self-hosted Kratos"));
    for (QComboBox *combo : {m_hookPointCombo, m_variantCombo, m_presetCombo}) {
        // Long plain-words entries must not force the whole side column wide.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_presetCombo->setObjectName(QStringLiteral("presetComboBox"));
    m_presetCombo->setAccessibleName(tr("Sample person"));
    m_presetDescription->setObjectName(QStringLiteral("presetDescriptionLabel"));
    m_presetDescription->setWordWrap(true);
    m_presetDescription->setEnabled(false);
    m_addressSummary->setObjectName(QStringLiteral("addressSummaryLabel"));
    m_addressSummary->setWordWrap(true);

    auto *top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("When"), m_hookPointCombo);
    top->addRow(tr("Where"), m_variantCombo);
    top->addRow(tr("Sample person"), m_presetCombo);
    top->addRow(QString(), m_presetDescription);

    // Profile form tab.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("traitsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_traitsHost->setObjectName(QStringLiteral("traitsForm"));
    scroll->setWidget(m_traitsHost);
    auto *profileTab = new QWidget;
    auto *profileLayout = new QVBoxLayout(profileTab);
    profileLayout->setContentsMargins(6, 6, 6, 6);
    profileLayout->addWidget(m_addressSummary);
    profileLayout->addWidget(scroll, 1);

    // JSON tab.
    m_jsonEdit->setObjectName(QStringLiteral("identityJsonEdit"));
    m_jsonEdit->setAccessibleName(tr("Sample identity as JSON"));
    m_jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonError->setObjectName(QStringLiteral("jsonErrorLabel"));
    m_jsonError->setWordWrap(true);
    m_jsonError->hide();
    auto *jsonTab = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonTab);
    jsonLayout->setContentsMargins(6, 6, 6, 6);
    jsonLayout->addWidget(m_jsonEdit, 1);
    jsonLayout->addWidget(m_jsonError);

    m_tabs->setObjectName(QStringLiteral("identityTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(profileTab, tr("Profile"));
    m_tabs->addTab(jsonTab, tr("JSON"));

    // Transient payload: what the sign-up or sign-in page sent along, as Ory passes it to the hook.
    auto *payloadBox = new QGroupBox(tr("Transient payload (sent by your sign-up page)"), this);
    payloadBox->setObjectName(QStringLiteral("transientPayloadBox"));
    m_payloadEdit->setObjectName(QStringLiteral("transientPayloadEdit"));
    m_payloadEdit->setAccessibleName(tr("Transient payload as JSON"));
    m_payloadEdit->setPlaceholderText(QStringLiteral("{\"plan\": \"pro\"}"));
    m_payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Four lines, but never less than the editor's own minimum (else its frame is cut).
    m_payloadEdit->setMaximumHeight(
        qMax(m_payloadEdit->fontMetrics().lineSpacing() * 4 + 12, m_payloadEdit->minimumSizeHint().height()));
    m_payloadError->setObjectName(QStringLiteral("transientPayloadErrorLabel"));
    m_payloadError->setWordWrap(true);
    m_payloadError->setStyleSheet(QStringLiteral("color: #e53935;"));
    m_payloadError->hide();
    m_payloadReason->setObjectName(QStringLiteral("transientPayloadReasonLabel"));
    m_payloadReason->setWordWrap(true);
    m_payloadReason->setEnabled(false);
    m_payloadReason->hide();
    auto *payloadLayout = new QVBoxLayout(payloadBox);
    payloadLayout->setContentsMargins(6, 6, 6, 6);
    payloadLayout->addWidget(m_payloadEdit);
    payloadLayout->addWidget(m_payloadReason);
    payloadLayout->addWidget(m_payloadError);

    // Request headers: which of the visitor's request headers Ory copies into ctx.request_headers.
    auto *headersBox = new QGroupBox(tr("Request headers Ory passes to the email"), this);
    headersBox->setObjectName(QStringLiteral("requestHeadersBox"));
    m_headerSummary->setObjectName(QStringLiteral("headerAllowlistSummary"));
    m_headerSummary->setWordWrap(true);
    m_headerSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerWarning->setObjectName(QStringLiteral("headerAllowlistWarning"));
    m_headerWarning->setWordWrap(true);
    m_headerWarning->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_headerWarning->hide();
    m_headerError->setObjectName(QStringLiteral("headerAllowlistError"));
    m_headerError->setWordWrap(true);
    m_headerError->setStyleSheet(QStringLiteral("color: #e53935;"));
    m_headerError->hide();
    m_readKratosButton->setObjectName(QStringLiteral("readKratosConfigButton"));
    m_readKratosButton->setToolTip(
        tr("For a self-hosted Kratos: read clients.web_hook.header_allowlist from its configuration file. An "
           "Ory Network project's list is read when you publish to it."));
    m_defaultHeadersButton->setObjectName(QStringLiteral("defaultHeadersButton"));
    // One row (what the list is, and the two ways to change it); the warning and the file's result only
    // when there is one, so the person's profile above keeps its room.
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headerSummary, 1);
    headerRow->addWidget(m_readKratosButton);
    headerRow->addWidget(m_defaultHeadersButton);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(6, 6, 6, 6);
    headersLayout->addLayout(headerRow);
    headersLayout->addWidget(m_headerWarning);
    headersLayout->addWidget(m_headerError);
    connect(m_readKratosButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Read the request headers from a Kratos configuration"), QString(),
            tr("Kratos configuration (*.yml *.yaml *.json);;All files (*)"));
        if (!path.isEmpty())
            loadKratosConfig(path);
    });
    connect(m_defaultHeadersButton, &QPushButton::clicked, this, [this] {
        m_headerError->hide();
        if (!m_headerAllowlist)
            return;
        setHeaderAllowlist(std::nullopt);
        emit headerAllowlistEdited(std::nullopt);
    });
    updateHeaderSummary();

    m_checkAllButton->setObjectName(QStringLiteral("checkAllButton"));
    m_checkAllButton->setToolTip(
        tr("Render the email at every hook point this action uses and show which fail"));
    m_matrix->setObjectName(QStringLiteral("matrixTable"));
    m_matrix->setColumnCount(3);
    m_matrix->setHorizontalHeaderLabels({tr("When"), tr("Result"), tr("Why")});
    m_matrix->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setStretchLastSection(true);
    m_matrix->verticalHeader()->hide();
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrix->setWordWrap(true);
    m_matrix->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(payloadBox);
    layout->addWidget(headersBox);
    layout->addWidget(m_checkAllButton, 0, Qt::AlignLeft);
    layout->addWidget(m_matrix, 1);

    setHookPoints(HookPoint::all());

    connect(m_hookPointCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        updateForHookPoint();
        emit hookPointChanged(hookPoint());
    });
    connect(m_variantCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const auto variant = sampleVariantFromKey(m_variantCombo->currentData().toString());
        if (!variant || *variant == m_variant)
            return;
        m_variant = *variant;
        emit sampleVariantChanged(m_variant);
    });
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this, &SampleContextPane::parsePayload);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0 || index >= m_presets.size())
            return;
        const IdentityPreset &preset = m_presets.at(index);
        m_presetDescription->setText(preset.description);
        setIdentity(preset.identity);
        emit presetChosen(preset.name);
    });
    connect(m_jsonEdit, &QPlainTextEdit::textChanged, this, &SampleContextPane::parseJson);
    connect(m_checkAllButton, &QPushButton::clicked, this, &SampleContextPane::checkAllRequested);
}

void SampleContextPane::setPresets(const QList<IdentityPreset> &presets)
{
    m_updating = true;
    m_presets = presets;
    m_presetCombo->clear();
    for (const IdentityPreset &p : presets) {
        m_presetCombo->addItem(p.title, p.name);
        m_presetCombo->setItemData(m_presetCombo->count() - 1, p.description, Qt::ToolTipRole);
    }
    m_updating = false;
}

void SampleContextPane::setCurrentPreset(const QString &name)
{
    m_updating = true;
    const int index = m_presetCombo->findData(name);
    m_presetCombo->setCurrentIndex(index);
    m_presetDescription->setText(index >= 0 ? m_presets.at(index).description : QString());
    m_updating = false;
}

QString SampleContextPane::currentPreset() const
{
    return m_presetCombo->currentData().toString();
}

void SampleContextPane::setHookPoints(const QList<HookPoint> &points)
{
    const HookPoint current = hookPoint();
    m_updating = true;
    m_hookPointCombo->clear();
    for (const HookPoint &p : points)
        m_hookPointCombo->addItem(p.plainName(), p.toString());
    const int index = m_hookPointCombo->findData(current.toString());
    m_hookPointCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
    updateForHookPoint();
}

void SampleContextPane::setHookPoint(const HookPoint &point)
{
    m_updating = true;
    int index = m_hookPointCombo->findData(point.toString());
    if (index < 0) {
        m_hookPointCombo->addItem(point.plainName(), point.toString());
        index = m_hookPointCombo->count() - 1;
    }
    m_hookPointCombo->setCurrentIndex(index);
    m_updating = false;
    updateForHookPoint();
}

HookPoint SampleContextPane::hookPoint() const
{
    return HookPoint::parse(m_hookPointCombo->currentData().toString()).value_or(HookPoint{});
}

void SampleContextPane::setSampleVariant(SampleVariant variant)
{
    m_variant = variant;
    updateForHookPoint();
}

void SampleContextPane::updateForHookPoint()
{
    const HookPoint point = hookPoint();
    const QList<SampleVariant> variants = sampleVariantsFor(point);
    m_updating = true;
    m_variantCombo->clear();
    for (SampleVariant v : variants)
        m_variantCombo->addItem(sampleVariantTitle(v), sampleVariantKey(v));
    m_variantCombo->setCurrentIndex(
        std::max(0, m_variantCombo->findData(sampleVariantKey(
                        variants.contains(m_variant) ? m_variant : SampleVariant::Standard))));
    // SAML single sign-on happens only in a browser on Ory Network: one choice, shown but not offered.
    m_variantCombo->setEnabled(variants.size() > 1);
    m_updating = false;

    // Grey the payload out where Ory drops it, and say why in one line.
    const TransientPayloadAvailability availability = transientPayloadAvailability(point);
    m_payloadEdit->setEnabled(availability.available);
    m_payloadReason->setText(availability.reason);
    m_payloadReason->setVisible(!availability.available);
    m_payloadEdit->setToolTip(availability.available ? tr("Ory passes this as ctx.flow.transient_payload")
                                                     : availability.reason);
}

void SampleContextPane::setHeaderAllowlist(const std::optional<RequestHeaderAllowlist> &allowlist)
{
    m_headerAllowlist = allowlist;
    updateHeaderSummary();
}

void SampleContextPane::loadKratosConfig(const QString &path)
{
    const Result<std::optional<QStringList>> read = headerAllowlistFromKratosFile(path);
    if (!read) {
        m_headerError->setStyleSheet(QStringLiteral("color: #e53935;"));
        m_headerError->setText(read.error().message);
        m_headerError->show();
        return;
    }
    m_headerError->setStyleSheet({});
    m_headerError->setText(
        read.value() ? tr("Read %1.").arg(QFileInfo(path).fileName())
                     : tr("%1 sets no list, so Ory’s default list applies.").arg(QFileInfo(path).fileName()));
    m_headerError->show();
    // A configuration without the key uses Kratos's default list; say where that was learnt all the same.
    const std::optional<RequestHeaderAllowlist> allowlist =
        read.value() ? std::optional<RequestHeaderAllowlist>(
                           RequestHeaderAllowlist{*read.value(), QFileInfo(path).fileName()})
                     : std::nullopt;
    if (allowlist == m_headerAllowlist) {
        updateHeaderSummary();
        return;
    }
    setHeaderAllowlist(allowlist);
    emit headerAllowlistEdited(allowlist);
}

QString SampleContextPane::headerErrorText() const
{
    return m_headerError->isHidden() || m_headerError->styleSheet().isEmpty() ? QString()
                                                                              : m_headerError->text();
}

void SampleContextPane::updateHeaderSummary()
{
    const QStringList headers = m_headerAllowlist ? m_headerAllowlist->headers : oryWebhookHeaderAllowlist();
    // Short lists are named; a long one is counted, with the names in the tooltip.
    const QString names = headers.size() <= 4 ? headers.join(u", ") : tr("%1 headers").arg(headers.size());
    QString text;
    if (!m_headerAllowlist)
        text = tr("Ory’s default list (%1).").arg(names);
    else if (headers.isEmpty())
        text = tr("None: the list in %1 is empty.").arg(m_headerAllowlist->source);
    else
        text = tr("The list in %1 (%2).").arg(m_headerAllowlist->source, names);
    m_headerSummary->setToolTip(headers.isEmpty() ? QString() : headers.join(u'\n'));
    m_headerSummary->setText(text);
    const QStringList secrets = secretCarryingHeaders(headers);
    m_headerWarning->setText(
        tr("%1 carries the person’s session: an email that passes request headers on hands it to whoever "
           "receives them. Keep it off the list unless a template truly needs it.")
            .arg(secrets.join(u", ")));
    m_headerWarning->setVisible(!secrets.isEmpty());
    m_defaultHeadersButton->setEnabled(m_headerAllowlist.has_value());
}

void SampleContextPane::setTransientPayload(const QJsonObject &payload)
{
    if (payload == m_payload && !m_payloadEdit->toPlainText().isEmpty())
        return; // an echo of this pane's own edit: keep the text as typed
    m_payload = payload;
    m_updating = true;
    m_payloadEdit->setPlainText(
        payload.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    m_payloadError->hide();
    m_updating = false;
}

QString SampleContextPane::transientPayloadErrorText() const
{
    return m_payloadError->isHidden() ? QString() : m_payloadError->text();
}

void SampleContextPane::parsePayload()
{
    if (m_updating)
        return;
    const QString text = m_payloadEdit->toPlainText();
    QJsonObject payload;
    if (!text.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QString message;
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = lineColumn(text, error.offset);
            message = tr("Line %1, column %2: %3").arg(line).arg(column).arg(plainJsonError(error.error));
        } else if (!doc.isObject()) {
            message = tr("The transient payload must be an object in { curly braces }.");
        }
        if (!message.isEmpty()) {
            m_payloadError->setText(message);
            m_payloadError->show();
            return;
        }
        payload = doc.object();
    }
    m_payloadError->hide();
    if (payload == m_payload)
        return;
    m_payload = payload;
    emit transientPayloadEdited(m_payload);
}

void SampleContextPane::setIdentity(const QJsonObject &identity)
{
    if (identity == m_identity && !identity.isEmpty())
        return; // an echo of this pane's own edit: rebuilding the form would take the focus away
    m_identity = identity;
    updateJsonText();
    rebuildTraitsForm();
    updateAddressSummary();
}

void SampleContextPane::updateJsonText()
{
    m_updating = true;
    const QString text = QString::fromUtf8(QJsonDocument(m_identity).toJson(QJsonDocument::Indented));
    if (m_jsonEdit->toPlainText() != text)
        m_jsonEdit->setPlainText(text);
    m_jsonEdit->setExtraSelections({});
    m_jsonError->hide();
    m_updating = false;
}

void SampleContextPane::updateAddressSummary()
{
    QStringList parts;
    for (const QJsonValue &v : m_identity.value(u"verifiable_addresses").toArray()) {
        const QJsonObject a = v.toObject();
        parts.append(a.value(u"verified").toBool()
                         ? tr("%1 (verified)").arg(a.value(u"value").toString())
                         : tr("%1 (not verified)").arg(a.value(u"value").toString()));
    }
    m_addressSummary->setText(
        parts.isEmpty() ? tr("No email address on file — like a social sign-up whose provider shares none.")
                        : tr("Email addresses on file: %1").arg(parts.join(QStringLiteral(", "))));
}

void SampleContextPane::rebuildTraitsForm()
{
    // Replace the whole form: simpler than diffing, and only happens when the identity comes from outside.
    delete m_traitsHost->layout();
    const auto children = m_traitsHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    auto *form = new QFormLayout(m_traitsHost);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QJsonObject traits = m_identity.value(u"traits").toObject();
    if (traits.isEmpty()) {
        auto *none = new QLabel(tr("This sample person has no profile fields."), m_traitsHost);
        none->setEnabled(false);
        form->addRow(none);
        return;
    }
    addTraitRows(form, traits, {QStringLiteral("traits")});
}

void SampleContextPane::addTraitRows(QFormLayout *form, const QJsonObject &object, const QStringList &path)
{
    QWidget *parent = form->parentWidget();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QStringList childPath = path + QStringList{it.key()};
        const QString name = childPath.join(u'.');
        const QJsonValue value = it.value();
        if (value.isObject()) {
            auto *group = new QGroupBox(labelFor(it.key()), parent);
            group->setObjectName(name);
            auto *inner = new QFormLayout(group);
            addTraitRows(inner, value.toObject(), childPath);
            form->addRow(group);
        } else if (value.isBool()) {
            auto *box = new QCheckBox(parent);
            box->setObjectName(name);
            box->setChecked(value.toBool());
            box->setAccessibleName(labelFor(it.key()));
            connect(box, &QCheckBox::toggled, this, [this, childPath](bool on) { setTrait(childPath, on); });
            form->addRow(labelFor(it.key()), box);
        } else if (value.isString() || value.isDouble()) {
            auto *edit = new QLineEdit(parent);
            edit->setObjectName(name);
            edit->setAccessibleName(labelFor(it.key()));
            const bool number = value.isDouble();
            edit->setText(number ? QString::number(value.toDouble()) : value.toString());
            connect(edit, &QLineEdit::textEdited, this, [this, childPath, number](const QString &text) {
                bool ok = false;
                const double d = text.toDouble(&ok);
                setTrait(childPath, number && ok ? QJsonValue(d) : QJsonValue(text));
            });
            form->addRow(labelFor(it.key()), edit);
        } else {
            auto *label = new QLabel(tr("(a list or empty value — edit it in the JSON tab)"), parent);
            label->setObjectName(name);
            label->setEnabled(false);
            form->addRow(labelFor(it.key()), label);
        }
    }
}

void SampleContextPane::setTrait(const QStringList &path, const QJsonValue &value)
{
    m_identity = setAtPath(m_identity, path, 0, value);
    updateJsonText();
    emit identityEdited(m_identity);
}

std::pair<int, int> SampleContextPane::lineColumn(const QString &text, int utf8Offset)
{
    const QByteArray bytes = text.toUtf8().left(utf8Offset);
    const QString before = QString::fromUtf8(bytes);
    const int line = int(before.count(u'\n')) + 1;
    const int column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
    return {line, column};
}

QString SampleContextPane::plainJsonError(int error)
{
    switch (QJsonParseError::ParseError(error)) {
    case QJsonParseError::UnterminatedObject:
        return tr("a closing } is missing (or a , between two entries)");
    case QJsonParseError::MissingNameSeparator:
        return tr("a : is missing after a field name");
    case QJsonParseError::UnterminatedArray:
        return tr("a closing ] is missing (or a , between two items)");
    case QJsonParseError::MissingValueSeparator:
        return tr("a , is missing between two entries");
    case QJsonParseError::IllegalValue:
        return tr("this is not a valid value (text needs \"double quotes\")");
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::IllegalNumber:
        // Qt reports a bare word (a forgotten quote) as a bad number.
        return tr("this is not a valid value or number (text needs \"double quotes\")");
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::IllegalUTF8String:
        return tr("the text contains an invalid character or \\ escape");
    case QJsonParseError::UnterminatedString:
        return tr("a text value is not closed with a \"");
    case QJsonParseError::GarbageAtEnd:
        return tr("there is extra text after the end");
    case QJsonParseError::DeepNesting:
        return tr("it is nested too deeply");
    default:
        return tr("it is not valid JSON");
    }
}

void SampleContextPane::parseJson()
{
    if (m_updating)
        return;
    const QString text = m_jsonEdit->toPlainText();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    QString message;
    int line = 0, column = 0;
    if (error.error != QJsonParseError::NoError) {
        int offset = error.offset;
        // For these Qt points just past the character where the separator was expected.
        switch (error.error) {
        case QJsonParseError::UnterminatedObject:
        case QJsonParseError::UnterminatedArray:
        case QJsonParseError::MissingNameSeparator:
        case QJsonParseError::MissingValueSeparator:
            offset = qMax(0, offset - 1);
            break;
        default:
            break;
        }
        std::tie(line, column) = lineColumn(text, offset);
        message = tr("Line %1, column %2: %3").arg(line).arg(column).arg(plainJsonError(error.error));
    } else if (!doc.isObject()) {
        line = 1;
        column = 1;
        message = tr("The sample identity must be an object in { curly braces }.");
    } else if (doc.object().contains(u"traits") && !doc.object().value(u"traits").isObject()) {
        line = 1;
        column = 1;
        message = tr("\"traits\" must be an object in { curly braces }.");
    }
    if (!message.isEmpty()) {
        m_jsonError->setText(message);
        m_jsonError->setStyleSheet(QStringLiteral("color: #e53935;"));
        m_jsonError->show();
        QTextEdit::ExtraSelection sel;
        const QTextBlock block = m_jsonEdit->document()->findBlockByNumber(line - 1);
        sel.cursor = QTextCursor(block);
        sel.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                                qMax(0, qMin(column - 1, int(block.text().size()) - 1)));
        sel.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        if (!sel.cursor.hasSelection()) // an empty line: underline what is there
            sel.cursor.select(QTextCursor::LineUnderCursor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(QColor(0xe5, 0x39, 0x35));
        sel.format.setToolTip(message);
        m_jsonEdit->setExtraSelections({sel});
        return;
    }
    m_jsonError->hide();
    m_jsonEdit->setExtraSelections({});
    m_identity = doc.object();
    rebuildTraitsForm();
    updateAddressSummary();
    emit identityEdited(m_identity);
}

QString SampleContextPane::jsonErrorText() const
{
    return m_jsonError->isHidden() ? QString() : m_jsonError->text();
}

void SampleContextPane::setMatrix(const QList<HookPointCheck> &rows)
{
    m_matrix->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const HookPointCheck &row = rows.at(i);
        auto *point = new QTableWidgetItem(row.point.plainName());
        point->setToolTip(row.point.toString());
        point->setData(Qt::UserRole, row.point.toString());
        auto *result = new QTableWidgetItem(
            style()->standardIcon(row.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical),
            row.ok ? tr("Works") : tr("Fails"));
        auto *why = new QTableWidgetItem(row.message);
        why->setToolTip(row.message);
        m_matrix->setItem(i, 0, point);
        m_matrix->setItem(i, 1, result);
        m_matrix->setItem(i, 2, why);
    }
    m_matrix->setVisible(!rows.isEmpty());
    m_matrix->resizeRowsToContents();
}

} // namespace hookmail
