using KooAssistent.Bot.Channels.BotConnector;
using KooAssistent.Bot.Channels.DirectLine;
using KooAssistent.Bot.Channels.WhatsApp;
using KooAssistent.Bot.Hosting;
using KooAssistent.Bot.Insights;
using KooAssistent.Bot.LanguageModel;
using KooAssistent.Storage;
using KooAssistent.Bot.Staff;
using KooAssistent.Bot.Turns;
using KooAssistent.Bot.Widget;

var builder = WebApplication.CreateBuilder(args);

builder.AddHosting();
builder.AddTelemetry();
builder.AddPersistence();
builder.AddLanguageModel();
builder.AddTurnPipeline();
builder.AddDirectLine();
builder.AddWidget();
builder.AddStaff();
builder.AddInsights();
builder.AddWhatsApp();
builder.AddBotConnector();

var app = builder.Build();

app.UseHosting();
app.UseStaff();
app.UseWidget();

app.MapHealth();
app.MapDirectLine();
app.MapWidget();
app.MapStaff();
app.MapInsights();
app.MapWhatsApp();
app.MapBotConnector();

app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
