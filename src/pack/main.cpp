// civic-pack: the staff's tool for content packs. Each command lives in its own function; this
// only picks it.
#include "commands.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace {

const char *const kUsage =
    "Usage: civic-pack COMMAND [options] ...   (civic-pack COMMAND --help for a command's options)\n"
    "\n"
    "Content packs for civic-kiosk.\n"
    "\n"
    "Commands:\n"
    "  init DIR               start a new pack source with one example of everything\n"
    "  validate DIR           check a pack source; every problem as 'file: field: what'\n"
    "  compile DIR -o OUT     check DIR and lay out a ready pack (files + content.db) in OUT\n"
    "  build DIR -o OUT.ckpack  check DIR and pack it into one archive with a manifest\n"
    "  inspect PACK           check an archive against its manifest and summarise it\n"
    "  publish PACK --to DIR --channel NAME -s KEY   publish to a channel folder for a web server\n"
    "  preview DIR|PACK       open the kiosk in a window on a pack source or archive\n"
    "  export-html PACK OUT_DIR  write the pack as a static, accessible web site\n"
    "  keygen -p PUB -s KEY   make a signing key pair (password-protected unless --no-password)\n"
    "  sign FILE -s KEY       sign FILE, writing FILE.minisig\n"
    "  verify FILE -p PUB     check FILE against FILE.minisig and a trusted public key\n"
    "\n"
    "Keys and signatures are minisign's: they work with the minisign program both ways.\n"
    "\n"
    "Exit codes: 0 ok; 1 the pack has errors or a signature does not verify;\n"
    "2 bad arguments; 3 a file cannot be read or written.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civic-pack"));
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("validate"), validateCommand}, {QStringLiteral("compile"), compileCommand},
        {QStringLiteral("build"), buildCommand},       {QStringLiteral("inspect"), inspectCommand},
        {QStringLiteral("publish"), publishCommand},   {QStringLiteral("init"), initCommand},
        {QStringLiteral("preview"), previewCommand},   {QStringLiteral("export-html"), exportHtmlCommand},
        {QStringLiteral("keygen"), keygenCommand},     {QStringLiteral("sign"), signCommand},
        {QStringLiteral("verify"), verifyCommand},
    };
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? Usage : Ok;
    }
    const auto it = commands.find(command);
    if (it == commands.end())
        return failWith(Usage, QStringLiteral("unknown command '%1' (see civic-pack --help)").arg(command));
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("civic-pack ") + command;
    return it->second(arguments);
}
