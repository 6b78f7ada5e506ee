// The channel side of BotConnectorJsTests, written with Microsoft's own Bot Framework SDK for JavaScript.
// Reads {botUrl, appId, metadataUrl, emulatorMetadataUrl?, cases:[{name, token, activity}]} from stdin; for every case
// it asks the SDK's own validator (JwtTokenValidation, pointed at the test's signing authorities) whether the token is good for the
// activity, then posts the activity to the bot's /api/messages with the SDK's BotFrameworkHttpClient and that token.
// Writes [{name, sdkAccepted, sdkError, status}] to stdout.
import connector from 'botframework-connector';
import botbuilder from 'botbuilder';

const { AuthenticationConstants, ChannelValidation, JwtTokenValidation, SimpleCredentialProvider } = connector;
const { BotFrameworkHttpClient } = botbuilder;

/** Posts with a given token instead of asking Entra ID for one: the token is what the test's authority issued. */
class ChannelClient extends BotFrameworkHttpClient {
  constructor(token) {
    super(new SimpleCredentialProvider('', ''));
    this.token = token;
  }

  async buildCredentials(appId) {
    return { appId, getToken: async () => this.token };
  }
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

ChannelValidation.OpenIdMetadataEndpoint = input.metadataUrl;
if (input.emulatorMetadataUrl) {
  // Where EmulatorValidation (and SkillValidation) fetch Entra ID's keys.
  AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl = input.emulatorMetadataUrl;
}
const credentials = new SimpleCredentialProvider(input.appId, '');
const results = [];
for (const [index, testCase] of input.cases.entries()) {
  let sdkAccepted = false;
  let sdkError = null;
  try {
    await JwtTokenValidation.authenticateRequest(structuredClone(testCase.activity), `Bearer ${testCase.token}`, credentials, '');
    sdkAccepted = true;
  } catch (error) {
    sdkError = String(error && error.message ? error.message : error).slice(0, 200);
  }

  BotFrameworkHttpClient.appCredentialMapCache.clear();
  const activity = structuredClone(testCase.activity);
  const response = await new ChannelClient(testCase.token).postActivity(
    `channel-${index}`, input.appId, new URL('api/messages', input.botUrl).toString(), activity.serviceUrl, activity.conversation.id, activity);
  results.push({ name: testCase.name, sdkAccepted, sdkError, status: response.status });
}

process.stdout.write(JSON.stringify(results));
