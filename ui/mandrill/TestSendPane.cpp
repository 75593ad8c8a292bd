#include "mandrill/TestSendPane.h"

#include "core/mandrill/MandrillClient.h"
#include "core/mandrill/SenderDomains.h"
#include "core/secrets/KeyProvider.h"
#include "core/secrets/SecretStore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookmail {

namespace {
QString levelMark(DomainFinding::Level level)
{
    switch (level) {
    case DomainFinding::Level::Ok:
        return QStringLiteral("✔");
    case DomainFinding::Level::Warning:
        return QStringLiteral("⚠");
    case DomainFinding::Level::Problem:
        return QStringLiteral("✖");
    }
    return {};
}
} // namespace

TestSendPane::TestSendPane(MandrillClient *client, SecretStore *store, QWidget *parent)
    : QWidget(parent), m_client(client), m_store(store)
{
    auto *layout = new QVBoxLayout(this);

    auto *addressBox = new QGroupBox(tr("Test addresses"), this);
    auto *addressLayout = new QVBoxLayout(addressBox);
    m_addresses = new QListWidget(addressBox);
    m_addresses->setObjectName(QStringLiteral("testAddressList"));
    m_addresses->setAccessibleName(tr("Test addresses"));
    addressLayout->addWidget(m_addresses);
    auto *addressButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add…"), addressBox);
    m_addButton->setObjectName(QStringLiteral("addAddressButton"));
    m_removeButton = new QPushButton(tr("Re&move"), addressBox);
    m_removeButton->setObjectName(QStringLiteral("removeAddressButton"));
    auto *mandrillButton = new QPushButton(tr("Mandrill test address"), addressBox);
    mandrillButton->setObjectName(QStringLiteral("mandrillTestAddressButton"));
    mandrillButton->setToolTip(
        tr("Addresses that make Mandrill simulate a rejection, bounce or spam complaint"));
    auto *menu = new QMenu(mandrillButton);
    for (const QString &a : mandrillTestAddresses())
        menu->addAction(a, this, [this, a] { addAddress(a); });
    mandrillButton->setMenu(menu);
    addressButtons->addWidget(m_addButton);
    addressButtons->addWidget(m_removeButton);
    addressButtons->addWidget(mandrillButton);
    addressButtons->addStretch();
    addressLayout->addLayout(addressButtons);
    layout->addWidget(addressBox);

    auto *domainBox = new QGroupBox(tr("Sending domain"), this);
    auto *domainLayout = new QVBoxLayout(domainBox);
    m_domainLabel = new QLabel(tr("Render a template to see its from address."), domainBox);
    m_domainLabel->setObjectName(QStringLiteral("domainStatusLabel"));
    m_domainLabel->setWordWrap(true);
    m_checkDomainButton = new QPushButton(tr("Check &domain"), domainBox);
    m_checkDomainButton->setObjectName(QStringLiteral("checkDomainButton"));
    domainLayout->addWidget(m_domainLabel);
    domainLayout->addWidget(m_checkDomainButton, 0, Qt::AlignLeft);
    layout->addWidget(domainBox);

    auto *sendRow = new QHBoxLayout;
    m_sendButton = new QPushButton(tr("&Send test"), this);
    m_sendButton->setObjectName(QStringLiteral("sendTestButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSendButton"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("sendStatusLabel"));
    m_statusLabel->setWordWrap(true);
    sendRow->addWidget(m_sendButton);
    sendRow->addWidget(m_cancelButton);
    sendRow->addWidget(m_statusLabel, 1);
    layout->addLayout(sendRow);

    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QStringLiteral("sendResultsTable"));
    m_results->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Status"), tr("What it means"), tr("Message id")});
    // Every column shows its words in full; what it means takes the rest and wraps.
    for (int column : {0, 1, 3})
        m_results->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(true);
    layout->addWidget(m_results, 1);

    auto *historyBox = new QGroupBox(tr("Earlier test sends"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_historyList = new QListWidget(historyBox);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    historyLayout->addWidget(m_historyList);
    layout->addWidget(historyBox);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString a = QInputDialog::getText(this, tr("Add test address"), tr("Email address:"),
                                                QLineEdit::Normal, {}, &ok);
        if (ok)
            addAddress(a);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        delete m_addresses->currentItem();
        emit testAddressesChanged(testAddresses());
        updateButtons();
    });
    connect(m_addresses, &QListWidget::itemChanged, this,
            [this] { emit testAddressesChanged(testAddresses()); });
    connect(m_checkDomainButton, &QPushButton::clicked, this, &TestSendPane::checkDomain);
    connect(m_sendButton, &QPushButton::clicked, this, &TestSendPane::sendTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &TestSendPane::cancelSend);
    connect(m_historyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_history.size())
            showRecord(m_history.at(m_history.size() - 1 - row)); // newest first in the list
    });
    updateButtons();
}

void TestSendPane::addAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    const QString problem = checkTestAddress(trimmed);
    if (!problem.isEmpty()) {
        m_statusLabel->setText(problem);
        return;
    }
    if (testAddresses().contains(trimmed, Qt::CaseInsensitive))
        return;
    auto *item = new QListWidgetItem(trimmed, m_addresses);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    emit testAddressesChanged(testAddresses());
    updateButtons();
}

void TestSendPane::setTestAddresses(const QStringList &addresses)
{
    const QSignalBlocker blocker(m_addresses);
    m_addresses->clear();
    for (const QString &a : addresses) {
        auto *item = new QListWidgetItem(a, m_addresses);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateButtons();
}

QStringList TestSendPane::testAddresses() const
{
    QStringList out;
    for (int i = 0; i < m_addresses->count(); ++i) {
        const QString a = m_addresses->item(i)->text().trimmed();
        if (!a.isEmpty())
            out << a;
    }
    return out;
}

void TestSendPane::setRenderedBody(const QJsonObject &body, const QString &fromEmail)
{
    m_body = body;
    if (fromEmail != m_fromEmail) {
        m_fromEmail = fromEmail;
        m_domainLabel->setText(fromDomain().isEmpty()
                                   ? tr("The template has no from address.")
                                   : tr("From domain: %1 (not checked yet)").arg(fromDomain()));
    }
    updateButtons();
}

QString TestSendPane::fromDomain() const
{
    return domainOfAddress(m_fromEmail);
}

void TestSendPane::setProjectPath(const QString &path)
{
    m_projectPath = path;
    reloadHistory();
    if (m_addresses->count() == 0 && !m_projectPath.isEmpty())
        setTestAddresses(TestSendHistory(m_projectPath).lastRecipients());
}

void TestSendPane::reloadHistory()
{
    m_historyList->clear();
    m_history = m_projectPath.isEmpty() ? QList<TestSendRecord>() : TestSendHistory(m_projectPath).load();
    for (auto it = m_history.crbegin(); it != m_history.crend(); ++it) {
        const QString outcome =
            it->errorMessage.isEmpty() ? (it->failed() ? tr("rejected") : tr("accepted")) : tr("failed");
        m_historyList->addItem(tr("%1 — %2 — %3 (%4)")
                                   .arg(QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat),
                                        it->subject, it->recipients.join(QStringLiteral(", ")), outcome));
    }
}

void TestSendPane::updateButtons()
{
    const bool sending = m_sendTicket != 0;
    m_sendButton->setEnabled(!sending && !testAddresses().isEmpty() && (m_body || m_provider));
    m_cancelButton->setEnabled(sending);
    m_removeButton->setEnabled(m_addresses->count() > 0);
    m_checkDomainButton->setEnabled(m_domainTicket == 0 && !fromDomain().isEmpty());
}

void TestSendPane::checkDomain()
{
    const QString domain = fromDomain();
    if (domain.isEmpty())
        return;
    m_domainLabel->setText(tr("Checking %1…").arg(domain));
    QPointer<TestSendPane> self(this);
    KeyProvider::of(m_store)->key(
        SecretStore::Slot::MandrillKey, this, [self, domain](Result<ResolvedSecret> key) {
            if (!self)
                return;
            if (!key) {
                self->m_domainLabel->setText(key.error().message);
                return;
            }
            self->m_domainTicket = self->m_client->domains(
                key->value,
                [self, domain](Result<QList<SenderDomain>> list) {
                    if (!self)
                        return;
                    self->m_domainTicket = 0;
                    self->updateButtons();
                    if (!list) {
                        self->m_domainLabel->setText(list.error().message);
                        return;
                    }
                    QStringList lines{tr("From domain: %1").arg(domain)};
                    for (const DomainFinding &f : domainFindings(domain, findDomain(list.value(), domain)))
                        lines << levelMark(f.level) + u' ' + f.text;
                    self->m_domainLabel->setText(lines.join(u'\n'));
                },
                self.data()); // bound to the pane: destroying it aborts the call unanswered
            self->updateButtons();
        });
}

void TestSendPane::sendTest()
{
    if (m_sendTicket)
        return;
    std::optional<QJsonObject> body = m_provider ? m_provider() : m_body;
    if (!body) {
        m_statusLabel->setText(tr("The template could not be rendered; fix it first."));
        emit sendRefused(m_statusLabel->text());
        return;
    }
    const QStringList to = testAddresses();
    if (to.isEmpty()) {
        m_statusLabel->setText(tr("Add a test address first."));
        emit sendRefused(m_statusLabel->text());
        return;
    }
    m_statusLabel->setText(tr("Sending…"));
    emit sendStarted(to);
    m_results->setRowCount(0);
    QPointer<TestSendPane> self(this);
    KeyProvider::of(m_store)->key(
        SecretStore::Slot::MandrillKey, this, [self, rendered = *body, to](Result<ResolvedSecret> key) {
            if (!self)
                return;
            if (!key) {
                self->m_statusLabel->setText(key.error().message);
                emit self->sendRefused(key.error().message);
                return;
            }
            const Result<TestSendBody> request = buildTestSendBody(rendered, to, key->value);
            if (!request) {
                self->m_statusLabel->setText(request.error().message);
                emit self->sendRefused(request.error().message);
                return;
            }
            const QString keyValue = key->value;
            self->m_sendTicket = self->m_client->sendAny(
                request->body,
                [self, rendered, to, keyValue](Result<QList<SendResult>> r) {
                    if (!self)
                        return;
                    self->m_sendTicket = 0;
                    const TestSendRecord record = TestSendRecord::fromOutcome(rendered, to, r, keyValue);
                    if (!self->m_projectPath.isEmpty() && !r.error().is(ErrorCode::Cancelled)) {
                        const Status saved = TestSendHistory(self->m_projectPath).append(record);
                        if (!saved)
                            self->m_statusLabel->setText(saved.error().message);
                        self->reloadHistory();
                    }
                    self->showRecord(record);
                    self->updateButtons();
                    emit self->sendFinished(!record.failed());
                    emit self->sendOutcome(record);
                },
                self.data()); // bound to the pane: destroying it aborts the call unanswered
            self->updateButtons();
        });
}

void TestSendPane::cancelSend()
{
    if (m_sendTicket)
        m_client->cancel(m_sendTicket);
}

void TestSendPane::showRecord(const TestSendRecord &record)
{
    m_results->setRowCount(0);
    if (!record.errorMessage.isEmpty()) {
        m_statusLabel->setText(record.errorMessage);
        return;
    }
    m_statusLabel->setText(record.failed() ? tr("Mandrill did not accept every recipient; see below.")
                                           : tr("Mandrill accepted the message."));
    for (const SendResult &r : record.results) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        m_results->setItem(row, 0, new QTableWidgetItem(r.email));
        m_results->setItem(row, 1, new QTableWidgetItem(r.status));
        m_results->setItem(row, 2, new QTableWidgetItem(explainSendResult(r)));
        m_results->setItem(row, 3, new QTableWidgetItem(r.id));
    }
    m_results->resizeRowsToContents();
}

} // namespace hookmail
