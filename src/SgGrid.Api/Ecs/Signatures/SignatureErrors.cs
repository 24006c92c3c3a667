using SgGrid.Domain.Errors;

namespace SgGrid.Api.Ecs.Signatures;

/// <summary>The gateway's signature errors with the messages ECS returns (ecs-api.md §2.3).</summary>
public static class SignatureErrors
{
    /// <summary>The message prefix of <c>SignatureDoesNotMatch</c>; the server's string to sign follows it.</summary>
    public const string SignatureDoesNotMatchMessage = "Specified signature is not matched with our calculation.";

    public static EcsError IncompleteSignature() =>
        new(EcsErrorCodes.IncompleteSignature, "The request signature does not conform to Aliyun standards.");

    /// <summary><c>IncompleteSignature</c> with the reason: what the signature leaves uncovered or garbled.</summary>
    public static EcsError IncompleteSignature(string reason) =>
        new(EcsErrorCodes.IncompleteSignature, $"The request signature does not conform to Aliyun standards. {reason}");

    /// <summary>The client address spent its budget of failed authentications (docs/semantics.md, "Request gateway").</summary>
    public static EcsError Throttling() =>
        new(ThrottlingCode, "Request was denied due to request throttling: too many requests from this address failed authentication.");

    /// <summary>The access key's nonce memory is full of live nonces: refused rather than forgetting one early.</summary>
    public static EcsError NonceMemoryFull(int capacity) =>
        new("Throttling.User", $"Request was denied due to user flow control: more than {capacity} signed requests of this access key are within the 15-minute replay window.");

    /// <summary>ECS's throttling code; the SDKs raise a ThrottlingError for any code containing "Throttling".</summary>
    public const string ThrottlingCode = "Throttling";

    /// <summary>A mismatch, quoting the server's string to sign as the real gateway does.</summary>
    /// <param name="stringToSign">The string the server signed.</param>
    public static EcsError SignatureDoesNotMatch(string stringToSign) =>
        new(EcsErrorCodes.SignatureDoesNotMatch, $"{SignatureDoesNotMatchMessage} server string to sign is:{stringToSign}");

    public static EcsError AccessKeyIdNotFound() =>
        new(EcsErrorCodes.AccessKeyIdNotFound, "Specified access key is not found.");

    public static EcsError InvalidSignatureMethod() =>
        new(EcsErrorCodes.InvalidSignatureMethod, "Specified signature method is not valid.");

    public static EcsError InvalidTimeStampFormat() =>
        new(EcsErrorCodes.InvalidTimeStampFormat, "Specified time stamp or date value is not well formatted.");

    public static EcsError TimeStampExpired() =>
        new(EcsErrorCodes.TimeStampExpired, "Specified time stamp or date value is expired.");

    public static EcsError SignatureNonceUsed() =>
        new(EcsErrorCodes.SignatureNonceUsed, "Specified signature nonce was used already.");
}
