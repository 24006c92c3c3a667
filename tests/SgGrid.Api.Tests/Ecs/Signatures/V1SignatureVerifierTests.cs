using System.Security.Cryptography;
using System.Text;
using SgGrid.Api.Ecs.Signatures;
using SgGrid.Domain.Errors;

namespace SgGrid.Api.Tests.Ecs.Signatures;

public class V1SignatureVerifierTests
{
    // ecs-api.md §1.3: the official DescribeRegions vector (GET, AK testid, secret testsecret).
    private const string OfficialQuery =
        "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
        + "&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D";

    private const string OfficialStringToSign =
        "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";

    private readonly V1SignatureVerifier verifier = new(WorkedExample.Secrets);

    private static SignedRequest Request(string method, string query, byte[]? body = null, string? contentType = null) =>
        new(method, "/", QueryStringParser.Parse(query), [new("host", "127.0.0.1:18080")], body ?? [], contentType);

    [Fact]
    public void BuildStringToSign_OfficialVector_MatchesSpecByteForByte()
    {
        Assert.Equal(OfficialStringToSign, V1SignatureVerifier.BuildStringToSign("GET", QueryStringParser.Parse(OfficialQuery)));
        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", V1SignatureVerifier.ComputeSignature("testsecret", OfficialStringToSign));
    }

    [Fact]
    public void Verify_OfficialVector_Succeeds()
    {
        var check = verifier.Verify(Request("GET", OfficialQuery));

        Assert.True(check.IsValid, check.ToString());
        Assert.Equal("testid", check.AccessKeyId);
        Assert.Equal("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", check.Nonce);
        Assert.Equal(new DateTimeOffset(2016, 2, 23, 12, 46, 24, TimeSpan.Zero), check.Timestamp);
    }

    [Theory]
    [InlineData("POST", "Action=DescribeRegions", "Action=DescribeRegions")]
    [InlineData("GET", "Action=DescribeRegions", "Action=DescribeInstances")]
    [InlineData("GET", "Format=XML", "Format=XML&RegionId=cn-hangzhou")]
    [InlineData("GET", "Format=XML&", "")]
    public void Verify_OfficialVectorAltered_SignatureDoesNotMatch(string method, string find, string replace)
    {
        var check = verifier.Verify(Request(method, OfficialQuery.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(EcsErrorCodes.SignatureDoesNotMatch, check.Error?.Code);
        Assert.StartsWith(
            $"Specified signature is not matched with our calculation. server string to sign is:{method}&%2F&AccessKeyId%3Dtestid",
            check.Error!.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PostWithFormBody_SignsQueryAndBodyTogether()
    {
        var (query, body) = SignedPost("Description=a%20b*c~");

        Assert.True(verifier.Verify(Request("POST", query, body, "application/x-www-form-urlencoded")).IsValid);
        Assert.Equal(
            EcsErrorCodes.SignatureDoesNotMatch,
            verifier.Verify(Request("POST", query, "Description=a%20b*c~&VpcId=vpc-2"u8.ToArray(), "application/x-www-form-urlencoded")).Error?.Code);
        // Without a form content type the body is not parameters, so the signed Description is missing.
        Assert.Equal(EcsErrorCodes.SignatureDoesNotMatch, verifier.Verify(Request("POST", query, body, "application/json")).Error?.Code);
    }

    [Theory]
    [InlineData("Signature")]
    [InlineData("AccessKeyId")]
    [InlineData("SignatureMethod")]
    [InlineData("SignatureVersion")]
    [InlineData("SignatureNonce")]
    [InlineData("Timestamp")]
    public void Verify_MissingSignatureParameter_IncompleteSignature(string name)
    {
        var query = string.Join('&', OfficialQuery.Split('&').Where(pair => !pair.StartsWith(name + "=", StringComparison.Ordinal)));

        Assert.Equal(EcsErrorCodes.IncompleteSignature, verifier.Verify(Request("GET", query)).Error?.Code);
    }

    [Fact]
    public void Verify_NoParametersAtAll_IncompleteSignature()
    {
        Assert.Equal(EcsErrorCodes.IncompleteSignature, verifier.Verify(Request("POST", "")).Error?.Code);
    }

    [Theory]
    [InlineData("SignatureMethod=HMAC-SHA1", "SignatureMethod=HMAC-SHA256")]
    [InlineData("SignatureVersion=1.0", "SignatureVersion=2.0")]
    public void Verify_OtherMethodOrVersion_InvalidSignatureMethod(string find, string replace)
    {
        var check = verifier.Verify(Request("GET", OfficialQuery.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal("InvalidSignatureMethod", check.Error?.Code);
    }

    [Fact]
    public void Verify_MalformedTimestamp_InvalidTimeStampFormat()
    {
        var check = verifier.Verify(Request("GET", OfficialQuery.Replace("2016-02-23T12%3A46%3A24Z", "2016-02-23%2012%3A46%3A24", StringComparison.Ordinal)));

        Assert.Equal("InvalidTimeStamp.Format", check.Error?.Code);
    }

    [Fact]
    public void Verify_UnknownAccessKey_AccessKeyIdNotFound()
    {
        Assert.Equal("InvalidAccessKeyId.NotFound", new V1SignatureVerifier(_ => null).Verify(Request("GET", OfficialQuery)).Error?.Code);
    }

    [Fact]
    public void Verify_GarbledBase64Signature_SignatureDoesNotMatch()
    {
        var check = verifier.Verify(Request("GET", OfficialQuery.Replace("OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D", "%%%", StringComparison.Ordinal)));

        Assert.Equal(EcsErrorCodes.SignatureDoesNotMatch, check.Error?.Code);
    }

    [Fact]
    public void BuildCanonicalizedQueryString_EncodesNamesAndValuesAndSorts()
    {
        var canonical = V1SignatureVerifier.BuildCanonicalizedQueryString(
            [new("b", "a b"), new("Tag.2.Key", "*"), new("Tag.10.Key", "~"), new("Signature", "dropped"), new("a", "!'()"), new("a", "+")]);

        Assert.Equal("Tag.10.Key=~&Tag.2.Key=%2A&a=%21%27%28%29&a=%2B&b=a%20b", canonical);
        Assert.EndsWith("%26b%3Da%2520b", V1SignatureVerifier.BuildStringToSign("POST", [new("b", "a b"), new("a", "x")]), StringComparison.Ordinal);
    }

    // Signs a POST as the SDK's doRPCRequest does, independently of the verifier: common parameters in the query,
    // business parameters in the form body, both signed together.
    private static (string Query, byte[] Body) SignedPost(string body)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = "testid",
            ["Action"] = "CreateVpc",
            ["Format"] = "json",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "n-1",
            ["SignatureVersion"] = "1.0",
            ["Timestamp"] = "2026-11-28T13:29:07Z",
            ["Version"] = "2016-04-28",
            ["Description"] = "a b*c~",
        };
        var canonical = string.Join('&', parameters.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
        var stringToSign = "POST&%2F&" + Uri.EscapeDataString(canonical);
        var signature = Convert.ToBase64String(HMACSHA1Sign("testsecret&", stringToSign));
        parameters.Remove("Description");
        var query = string.Join('&', parameters.Select(pair => pair.Key + "=" + Uri.EscapeDataString(pair.Value))) + "&Signature=" + Uri.EscapeDataString(signature);
        return (query, Encoding.UTF8.GetBytes(body));
    }

#pragma warning disable CA5350 // HMAC-SHA1 is the legacy protocol's algorithm.
    private static byte[] HMACSHA1Sign(string key, string text) => HMACSHA1.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350
}
