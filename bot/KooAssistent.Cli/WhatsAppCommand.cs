using System.CommandLine;

namespace KooAssistent.Cli;

/// <summary><c>koo whatsapp</c>: the WhatsApp simulator (see <see cref="WhatsAppSimulator"/>).</summary>
internal static class WhatsAppCommand
{
    public static Command Create()
    {
        var bot = new Option<Uri>("--bot") { Description = "The running bot.", DefaultValueFactory = _ => new Uri("http://localhost:5000") };
        var secret = new Option<string>("--app-secret") { Description = "The bot's WhatsApp:AppSecret.", DefaultValueFactory = _ => "simulator-secret" };
        var port = new Option<int>("--listen") { Description = "Loopback port where the simulator plays the Graph API.", DefaultValueFactory = _ => 5099 };
        var from = new Option<string>("--from") { Description = "The resident's WhatsApp number (digits).", DefaultValueFactory = _ => "31600000000" };
        var command = new Command("whatsapp", "Chat with the bot through its WhatsApp webhook, without a Meta account.") { bot, secret, port, from };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var simulator = await WhatsAppSimulator.StartAsync(parse.GetValue(bot)!, parse.GetValue(secret)!, parse.GetValue(port), parse.GetValue(from)!, Console.Out);
            await Console.Out.WriteLineAsync(
                $"Start the bot with: bash scripts/run.sh --WhatsApp:AppSecret={parse.GetValue(secret)} --WhatsApp:VerifyToken=simulator "
                + $"--WhatsApp:AccessToken=simulator --WhatsApp:PhoneNumberId=simulator --WhatsApp:GraphApiBaseUrl={simulator.GraphAddress}");
            await simulator.RunAsync(Console.In, cancellationToken);
            return 0;
        });
        return command;
    }
}
