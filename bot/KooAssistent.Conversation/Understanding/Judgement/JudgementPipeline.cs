using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace KooAssistent.Conversation.Understanding.Judgement;

/// <summary>
/// How the classifier is built: word unigrams and bigrams and character n-grams of the normalised text (so a
/// misspelling still shares most of its n-grams with the word meant), and a linear maximum-entropy model trained
/// with L-BFGS on one thread, so the same corpus and seed always give the same model. (SDCA was tried first: at the
/// same false-crisis rate it found a third fewer crises on the writer left out.) The featurised lines are cached
/// before the trainer: L-BFGS passes over the data once per iteration, and without the cache every pass cut the
/// text into n-grams again — a fit took six times as long for the same model.
/// </summary>
public static class JudgementPipeline
{
    public const int Seed = 20261204;
    public const string TextColumn = nameof(JudgementInput.Text);
    public const string ClassColumn = nameof(JudgementInput.Class);

    public static IEstimator<ITransformer> Create(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            L2Regularization = 0.01f,
            L1Regularization = 0f,
        };
        return ml.Transforms.Conversion.MapValueToKey("Label", ClassColumn, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, TextColumn))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }
}
