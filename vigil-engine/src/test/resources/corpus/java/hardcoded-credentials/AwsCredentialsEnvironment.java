// vigil-expect: safe cwe=798
// case: AWS access key pair read from the environment
package corpus.creds;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public class AwsCredentialsEnvironment {
  public AmazonS3 client() {
    BasicAWSCredentials credentials = new BasicAWSCredentials(
        System.getenv("AWS_ACCESS_KEY_ID"), System.getenv("AWS_SECRET_ACCESS_KEY"));
    return AmazonS3ClientBuilder.standard()
        .withRegion("eu-west-1")
        .withCredentials(new AWSStaticCredentialsProvider(credentials))
        .build();
  }
}
